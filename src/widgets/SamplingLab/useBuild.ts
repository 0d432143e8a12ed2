import { useCallback, useEffect, useState } from 'react';

/** How long "watch it build" takes from one batch to all of them. */
const DURATION_MS = 2400;

/**
 * "Watch it build": how many of `total` batches to show, growing geometrically from 1 (so the
 * first few batches, where the histogram is still ragged, get as much screen time as the last
 * thousands). Driven by requestAnimationFrame; `shown` is null when not playing (show them all).
 */
export function useBuild(total: number): {
  shown: number | null;
  play: () => void;
  stop: () => void;
} {
  const [start, setStart] = useState<number | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const stop = useCallback(() => {
    setStart(null);
    setShown(null);
  }, []);
  const play = useCallback(() => {
    setShown(1);
    setStart(performance.now());
  }, []);

  useEffect(() => {
    if (start === null) return;
    let frame = requestAnimationFrame(function tick(now: number) {
      const t = Math.min(1, (now - start) / DURATION_MS);
      if (t >= 1) {
        setStart(null);
        setShown(null);
        return;
      }
      setShown(Math.max(1, Math.round(total ** t)));
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [start, total]);

  return { shown, play, stop };
}
