import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but taken up at most once per animation frame. Key heavy work (a simulation, a
 * bootstrap) on the result: however fast a dragged slider fires, the work runs once per frame,
 * with the latest value. A pending frame is never cancelled by a newer value (that could starve
 * it during a long drag); it simply reads the newest one when it runs.
 */
export function useFrameValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  const frame = useRef(0);
  useEffect(() => {
    latest.current = value;
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setSettled(latest.current);
    });
  }, [value]);
  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    },
    [],
  );
  return settled;
}
