// The code a live slider drag runs every frame (a widget's model and its painter scenes) is cold
// the first time a page runs it: V8 interprets it until it has run often enough to be compiled,
// and a drag's first few dozen steps paid for that. Gradient descent at 4× CPU: a drag on a
// fresh page had 38 frames over 20 ms of 360, a second drag on the same page 3–8
// (docs/decisions.md). This runs a widget's drag code a few times while the browser is idle,
// once the widget is near the screen, so the reader's first drag runs compiled code.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { useStableCallback } from './liveSource';

/** How near the screen (px) a widget must come before its warm-up starts. */
const NEAR = '400px';
/** An idle slice ends when less than this is left of the browser's idle period (ms). */
const SLACK_MS = 4;

type IdleHandle = { kind: 'idle' | 'timeout'; id: number };

function whenIdle(run: (deadline: IdleDeadline | null) => void): IdleHandle {
  if (typeof window.requestIdleCallback === 'function') {
    return { kind: 'idle', id: window.requestIdleCallback(run, { timeout: 2000 }) };
  }
  // Safari: no idle callbacks; one unit per timer, which never makes a long task
  return { kind: 'timeout', id: window.setTimeout(() => run(null), 50) };
}

function cancel(handle: IdleHandle | null) {
  if (!handle) return;
  if (handle.kind === 'idle') window.cancelIdleCallback(handle.id);
  else window.clearTimeout(handle.id);
}

/**
 * Calls `unit(0)` … `unit(units − 1)` in idle time, once the element `near` comes within
 * 400 px of the viewport, a few per idle period; once per mount, and not at all when
 * `enabled` is false. `unit` runs the drag's code on its own (no state set, nothing posted);
 * if it throws, the warm-up stops there, silently: it is an optimisation, not a feature.
 */
export function useIdleWarmUp(
  near: RefObject<Element | null>,
  units: number,
  unit: (k: number) => void,
  enabled = true,
): void {
  const run = useStableCallback(unit);
  useEffect(() => {
    const el = near.current;
    if (!enabled || !el || typeof IntersectionObserver !== 'function') return undefined;
    let k = 0;
    let handle: IdleHandle | null = null;
    const work = (deadline: IdleDeadline | null) => {
      handle = null;
      try {
        do run(k++);
        while (k < units && deadline !== null && deadline.timeRemaining() > SLACK_MS);
      } catch {
        return;
      }
      if (k < units) handle = whenIdle(work);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        handle = whenIdle(work);
      },
      { rootMargin: NEAR },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancel(handle);
    };
  }, [near, units, enabled, run]);
}
