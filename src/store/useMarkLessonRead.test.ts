// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgress } from './progress';
import { useMarkLessonRead } from './useMarkLessonRead';

function setPage(scrollHeight: number, scrollY: number) {
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    configurable: true,
    value: scrollHeight,
  });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
  Object.defineProperty(window, 'scrollY', { configurable: true, value: scrollY });
}

beforeEach(() => {
  vi.useFakeTimers();
  useProgress.setState({ lessonsRead: [] });
});

afterEach(() => {
  vi.useRealTimers();
  window.localStorage.clear();
});

describe('useMarkLessonRead', () => {
  it('marks the lesson read when the reader scrolls to its end', () => {
    renderHook(() => useMarkLessonRead('vectors', 12));
    setPage(5000, 1000);
    act(() => void window.dispatchEvent(new Event('scroll')));
    expect(useProgress.getState().lessonsRead).toEqual([]);
    setPage(5000, 3900);
    act(() => void window.dispatchEvent(new Event('scroll')));
    expect(useProgress.getState().lessonsRead).toEqual(['vectors']);
  });

  it('marks it read after half the reading time, capped at 5 minutes', () => {
    renderHook(() => useMarkLessonRead('softmax', 30));
    act(() => void vi.advanceTimersByTime(4 * 60_000));
    expect(useProgress.getState().lessonsRead).toEqual([]);
    act(() => void vi.advanceTimersByTime(60_000));
    expect(useProgress.getState().lessonsRead).toEqual(['softmax']);
  });

  it('does nothing without a lesson, and stops when unmounted', () => {
    renderHook(() => useMarkLessonRead(undefined));
    const { unmount } = renderHook(() => useMarkLessonRead('attention', 2));
    unmount();
    act(() => void vi.advanceTimersByTime(10 * 60_000));
    expect(useProgress.getState().lessonsRead).toEqual([]);
  });
});
