import { useCallback, useEffect, useRef } from 'react';

/**
 * Calls `onTick` about every `intervalMs` while `playing`. Driven by requestAnimationFrame, so
 * a hidden tab pauses instead of piling up steps.
 */
export function usePlayer(playing: boolean, onTick: () => void, intervalMs = 125): void {
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  });
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function loop(now: number) {
      if (now - last >= intervalMs) {
        last = now;
        tick.current();
      }
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, intervalMs]);
}

/**
 * Wraps a setter so a burst of calls (pointer moves fire faster than the screen refreshes)
 * applies only the latest value, once per animation frame: each apply reruns the descent.
 */
export function useFrameCoalesced<T>(apply: (value: T) => void): (value: T) => void {
  const latest = useRef(apply);
  const pending = useRef<{ value: T } | null>(null);
  const frame = useRef(0);
  useEffect(() => {
    latest.current = apply;
  });
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return useCallback((value: T) => {
    const first = pending.current === null;
    pending.current = { value };
    if (!first) return;
    frame.current = requestAnimationFrame(() => {
      const next = pending.current;
      pending.current = null;
      if (next) latest.current(next.value);
    });
  }, []);
}
