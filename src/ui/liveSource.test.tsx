// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveSource } from './liveSource';
import { isLiveDrag, onDragEnd, startSliderDrag } from './useSettledValue';

const release = () => void act(() => window.dispatchEvent(new Event('pointerup')));
afterEach(release);

describe('createLiveSource', () => {
  it('carries a live drag’s steps to its listeners and clears when the drag ends', () => {
    const source = createLiveSource<number>();
    const heard: (number | null)[] = [];
    const forget = source.subscribe(() => heard.push(source.get()));
    expect(source.get()).toBeNull();
    act(() => startSliderDrag(true));
    source.set(3);
    source.set(4);
    release();
    expect(heard).toEqual([3, 4, null]);
    expect(source.get()).toBeNull();
    forget();
    act(() => startSliderDrag(true));
    source.set(5);
    expect(heard).toHaveLength(3);
  });

  it('ignores values outside a live drag (keys, and held drags)', () => {
    const source = createLiveSource<number>();
    source.set(1);
    expect(source.get()).toBeNull();
    act(() => startSliderDrag(false));
    source.set(2);
    expect(source.get()).toBeNull();
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
