// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, startSliderDrag } from './useSettledValue';
import { WidgetFrame } from './WidgetFrame';

const release = () => void act(() => window.dispatchEvent(new Event('pointerup')));

function frame(status: string) {
  return (
    <WidgetFrame
      widgetId="test-widget"
      title="Test widget"
      status={status}
      notices={[]}
      onDismissNotices={() => {}}
      onReset={() => {}}
      shareUrl={() => 'http://localhost/'}
      formula="f(x)"
      numpy="x = 1"
    >
      <p>body</p>
    </WidgetFrame>
  );
}

const statusText = () =>
  screen.getAllByRole('status').find((el) => el.classList.contains('widget__status'))?.textContent;

// the drag flag is module-wide: every test ends any drag it started
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  release();
  vi.useRealTimers();
});

describe('WidgetFrame status', () => {
  it('follows every change at once when no slider is dragged', () => {
    const { rerender } = render(frame('Loss is 4.'));
    rerender(frame('Loss is 2.'));
    expect(statusText()).toBe('Loss is 2.');
  });

  it('keeps its sentence while a slider is dragged, catches up on a rest and on release', () => {
    const { rerender } = render(frame('Loss is 4.'));
    act(() => startSliderDrag());
    rerender(frame('Loss is 3.'));
    void act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    rerender(frame('Loss is 2.'));
    // the live region was not rewritten while the hand moved
    expect(statusText()).toBe('Loss is 4.');
    void act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(statusText()).toBe('Loss is 2.');
    rerender(frame('Loss is 1.'));
    expect(statusText()).toBe('Loss is 2.');
    release();
    expect(statusText()).toBe('Loss is 1.');
  });
});
