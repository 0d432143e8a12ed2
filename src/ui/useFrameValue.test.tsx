// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFrameValue } from './useFrameValue';

describe('useFrameValue(value)', () => {
  let callbacks: FrameRequestCallback[] = [];
  beforeEach(() => {
    callbacks = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());
  const runFrame = () =>
    act(() => {
      const pending = callbacks;
      callbacks = [];
      for (const cb of pending) cb(0);
    });

  it('takes up a burst of values once, at the next frame, with the latest value', () => {
    const { result, rerender } = renderHook(({ v }) => useFrameValue(v), {
      initialProps: { v: 1 },
    });
    expect(result.current).toBe(1);
    rerender({ v: 2 });
    rerender({ v: 3 });
    rerender({ v: 4 });
    expect(result.current).toBe(1);
    // one frame requested for the whole burst (plus the initial one)
    expect(callbacks.length).toBeLessThanOrEqual(2);
    runFrame();
    expect(result.current).toBe(4);
  });
});
