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

/**
 * A "Size" slider (0 … 100, from 10) in a widget: `words` shows useSettledValue of its value,
 * `told` every value its onChange heard. `onLive` makes its pointer drags live.
 */
function Harness({ onLive }: { onLive?: ((value: number) => void) | undefined }) {
  const [v, setV] = useState(10);
  const [heard, setHeard] = useState<number[]>([]);
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
        onChange={(value) => {
          setV(value);
          setHeard((h) => [...h, value]);
        }}
        onLive={onLive}
      />
      <p data-testid="words">{words}</p>
      <p data-testid="told">{heard.join(' ')}</p>
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

/** A live slider whose value stays 10 whatever it is told; `change` records what it is told. */
function renderFixedSlider() {
  const change = vi.fn<(value: number) => void>();
  const { unmount } = render(
    <LinearSlider
      label="Size"
      value={10}
      min={0}
      max={100}
      step={1}
      format={String}
      onChange={change}
      onLive={() => undefined}
    />,
  );
  return { change, unmount };
}

describe('a live drag (Slider onLive)', () => {
  const slider = () => screen.getByRole('slider', { name: /^Size/ });
  const told = () => screen.getByTestId('told').textContent;
  const to = (value: number) => fireEvent.change(slider(), { target: { value: String(value) } });

  it('sends each step to onLive and tells onChange only when the value rests and at release', () => {
    const live = vi.fn<(value: number) => void>();
    render(<Harness onLive={live} />);
    fireEvent.pointerDown(slider());
    // the press shows the current value live (its picture is made before the hand moves)
    expect(live.mock.calls).toEqual([[10]]);
    to(30);
    to(40);
    expect(live.mock.calls).toEqual([[10], [30], [40]]);
    expect(told()).toBe('');
    // the slider shows the live value itself, in its text and to assistive technology
    expect(screen.getByText('40', { selector: 'output' })).toBeTruthy();
    expect(slider().getAttribute('aria-valuetext')).toBe('40');
    expect((slider() as HTMLInputElement).value).toBe('40');
    void act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(told()).toBe('40');
    to(50);
    to(60);
    void act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    release();
    expect(told()).toBe('40 60');
    // nothing more once the drag is over: no late rest, and the slider shows the widget's value
    void act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(told()).toBe('40 60');
    expect(screen.getByText('60', { selector: 'output' })).toBeTruthy();
  });

  it('a press that never moves shows the value live and tells the widget nothing', () => {
    const live = vi.fn<(value: number) => void>();
    render(<Harness onLive={live} />);
    fireEvent.pointerDown(slider());
    release();
    void act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(live.mock.calls).toEqual([[10]]);
    expect(told()).toBe('');
    expect(slider().getAttribute('aria-valuetext')).toBe('10');
  });

  it('tells a value once: a release right after a rest adds nothing', () => {
    render(<Harness onLive={() => undefined} />);
    fireEvent.pointerDown(slider());
    to(70);
    void act(() => vi.advanceTimersByTime(SETTLE_MS));
    release();
    expect(told()).toBe('70');
  });

  it('keys and clicks go straight to onChange, as does a drag of a slider without onLive', () => {
    const live = vi.fn<(value: number) => void>();
    const { unmount } = render(<Harness onLive={live} />);
    to(20);
    to(21);
    expect(told()).toBe('20 21');
    expect(live).not.toHaveBeenCalled();
    unmount();
    render(<Harness onLive={undefined} />);
    fireEvent.pointerDown(slider());
    to(30);
    to(31);
    expect(told()).toBe('30 31');
  });

  it('puts the thumb back where the value is when the widget does not take a change', () => {
    const { change } = renderFixedSlider();
    to(30);
    expect(change).toHaveBeenCalledWith(30);
    expect((slider() as HTMLInputElement).value).toBe('10');
  });

  it('does not hold the words: the widget only hears rested values', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v), {
      initialProps: { v: 1 },
    });
    act(() => startSliderDrag(true));
    rerender({ v: 2 });
    expect(result.current).toBe(2);
  });

  it("pads a live step's text to its box, in the text node already there, until the drag ends", () => {
    render(<Harness onLive={() => undefined} />);
    const output = document.querySelector('output.slider__value');
    const box = document.querySelector('.slider');
    if (!output || !box) throw new Error('no slider value');
    const node = output.firstChild;
    // 0 … 100 with String: the widest text is "100", so every live text is three characters
    // wide, and Chromium repaints it without rebuilding the page's layers (Slider.tsx)
    fireEvent.pointerDown(slider());
    expect(output.textContent).toBe('\u00a010');
    expect(box.hasAttribute('data-live-drag')).toBe(true);
    to(7);
    expect(output.textContent).toBe('\u00a0\u00a07');
    to(100);
    expect(output.textContent).toBe('100');
    expect(output.firstChild).toBe(node);
    // to assistive technology the value is the plain text
    expect(slider().getAttribute('aria-valuetext')).toBe('100');
    release();
    expect(output.textContent).toBe('100');
    expect(box.hasAttribute('data-live-drag')).toBe(false);
  });

  it("leaves React's own text after a drag back to the start and after a press alone", () => {
    render(<Harness onLive={() => undefined} />);
    const output = () => document.querySelector('output.slider__value')?.textContent;
    fireEvent.pointerDown(slider());
    to(30);
    to(10);
    release();
    // the widget's value did not change, so React wrote nothing: the slider put its text back
    expect(output()).toBe('10');
    fireEvent.pointerDown(slider());
    expect(output()).toBe('\u00a010');
    release();
    expect(output()).toBe('10');
    expect(document.querySelector('[data-live-drag]')).toBeNull();
  });

  it('pads nothing and makes no layer when the drag is not live', () => {
    render(<Harness onLive={undefined} />);
    fireEvent.pointerDown(slider());
    to(7);
    expect(document.querySelector('output.slider__value')?.textContent).toBe('7');
    expect(document.querySelector('[data-live-drag]')).toBeNull();
  });

  it('an unmount mid-drag tells nobody', () => {
    const { change, unmount } = renderFixedSlider();
    fireEvent.pointerDown(slider());
    to(80);
    unmount();
    release();
    void act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(change).not.toHaveBeenCalled();
  });
});
