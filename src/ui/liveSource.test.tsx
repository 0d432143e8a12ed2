// @vitest-environment happy-dom
import { act, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveSource, useLive } from './liveSource';
import { isLiveDrag, onDragEnd, startSliderDrag } from './useSettledValue';

const release = () => void act(() => window.dispatchEvent(new Event('pointerup')));
afterEach(release);

describe('createLiveSource / useLive', () => {
  it('carries a live drag’s steps to its subscribers and clears when the drag ends', () => {
    const source = createLiveSource<number>();
    const { result } = renderHook(() => useLive(source));
    expect(result.current).toBeNull();
    act(() => startSliderDrag(true));
    act(() => source.set(3));
    expect(result.current).toBe(3);
    act(() => source.set(4));
    expect(result.current).toBe(4);
    release();
    expect(result.current).toBeNull();
    expect(source.get()).toBeNull();
  });

  it('ignores values outside a live drag (keys, and held drags)', () => {
    const source = createLiveSource<number>();
    source.set(1);
    expect(source.get()).toBeNull();
    act(() => startSliderDrag(false));
    source.set(2);
    expect(source.get()).toBeNull();
  });

  it('renders only its subscribers on a step', () => {
    const source = createLiveSource<string>();
    let parentRenders = 0;
    let childRenders = 0;
    function Child() {
      childRenders++;
      return <span>{useLive(source) ?? 'none'}</span>;
    }
    function Parent() {
      parentRenders++;
      return <Child />;
    }
    const { container } = render(<Parent />);
    act(() => startSliderDrag(true));
    act(() => source.set('a'));
    act(() => source.set('b'));
    expect(container.textContent).toBe('b');
    expect([parentRenders, childRenders]).toEqual([1, 3]);
  });
});

describe('onDragEnd', () => {
  it('runs once, before the drag’s end reaches the widgets, and can be forgotten', () => {
    const order: string[] = [];
    act(() => startSliderDrag(true));
    onDragEnd(() => order.push(isLiveDrag() ? 'first, while the drag lasts' : 'late'));
    const forget = onDragEnd(() => order.push('forgotten'));
    forget();
    release();
    release();
    expect(order).toEqual(['first, while the drag lasts']);
    expect(isLiveDrag()).toBe(false);
  });
});
