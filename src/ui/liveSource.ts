// What a live slider drag shows each step, outside React. A widget renders once per step when a
// slider's value is its state: at 4× CPU throttling that render took 4–8 ms of the ~16 ms a
// frame has (docs/benchmarks.md). During a live drag (Slider's onLive) the slider writes its own
// value text, the widget puts each step's result in a LiveSource, and the painter's overlays
// (PictureOverlay), which listen to it, post the scene to the worker: no component renders.
// The widget hears the value when it rests and when the drag ends.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { isLiveDrag, onDragEnd } from './useSettledValue';

export interface LiveSource<T> {
  /** The current live drag's latest value; null outside a live drag. */
  readonly get: () => T | null;
  /** Ignored outside a live drag; the value goes back to null when the drag ends. */
  readonly set: (value: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createLiveSource<T>(): LiveSource<T> {
  let value: T | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => value,
    set(next) {
      if (!isLiveDrag()) return;
      if (value === null) {
        onDragEnd(() => {
          value = null;
          emit();
        });
      }
      value = next;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * A stable function that calls the latest `fn`: a live step runs in an event handler with the
 * parameters of the last render, and the memoised controls it is given must not re-render.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
