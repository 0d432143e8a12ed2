// @vitest-environment happy-dom
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinearSlider } from './Slider';
import { SETTLE_MS, startSliderDrag, useSettledValue } from './useSettledValue';

const release = () => void act(() => window.dispatchEvent(new Event('pointerup')));

// every test runs on fake timers and ends any drag it started (the drag flag is module-wide)
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  release();
  vi.useRealTimers();
});

describe('useSettledValue(value)', () => {
  it('follows every change at once when no slider is dragged (keys, clicks, typing, Play)', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v), {
      initialProps: { v: 1 },
    });
    rerender({ v: 2 });
    expect(result.current).toBe(2);
    rerender({ v: 3 });
    expect(result.current).toBe(3);
  });

  it('holds during a drag, catches up when the value rests, and lets go on release', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v), {
      initialProps: { v: 1 },
    });
    act(() => startSliderDrag());
    rerender({ v: 2 });
    void act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    rerender({ v: 3 });
    void act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    // two changes, neither rested long enough
    expect(result.current).toBe(1);
    void act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(result.current).toBe(3);
    rerender({ v: 4 });
    expect(result.current).toBe(3);
    release();
    expect(result.current).toBe(4);
    // after the release nothing is held
    rerender({ v: 5 });
    expect(result.current).toBe(5);
  });

  it('a cancelled pointer ends the drag too', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v), {
      initialProps: { v: 'a' },
    });
    act(() => startSliderDrag());
    rerender({ v: 'b' });
    expect(result.current).toBe('a');
    void act(() => window.dispatchEvent(new Event('pointercancel')));
    expect(result.current).toBe('b');
  });
});

function Harness() {
  const [v, setV] = useState(10);
  const words = useSettledValue(v);
  return (
    <>
      <LinearSlider
        label="Size"
        value={v}
        min={0}
        max={100}
        step={1}
        format={String}
        onChange={setV}
      />
      <p data-testid="words">{words}</p>
    </>
  );
}

describe('the kit sliders start a drag on pointer down', () => {
  it('a pointer drag holds the words until release; a key press does not', () => {
    render(<Harness />);
    const slider = screen.getByRole('slider', { name: /^Size/ });
    fireEvent.change(slider, { target: { value: '20' } });
    expect(screen.getByTestId('words').textContent).toBe('20');
    fireEvent.pointerDown(slider);
    fireEvent.change(slider, { target: { value: '30' } });
    fireEvent.change(slider, { target: { value: '40' } });
    // the slider's own value text moves with the pointer; the words wait
    expect(screen.getByText('40', { selector: 'output' })).toBeTruthy();
    expect(screen.getByTestId('words').textContent).toBe('20');
    release();
    expect(screen.getByTestId('words').textContent).toBe('40');
  });
});
