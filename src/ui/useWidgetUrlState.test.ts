// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { enumCodec, numberListCodec, useWidgetUrlState } from './useUrlState';
import type { ParamCodecs } from './useUrlState';

type Params = { a: number[]; mode: 'x' | 'y' };
const codecs: ParamCodecs<Params> = {
  a: numberListCodec({ length: 2, min: -5, max: 5 }),
  mode: enumCodec(['x', 'y'] as const),
};
const defaults: Params = { a: [1, 2], mode: 'x' };

/** A link notice from the search and the state read from it, as widgets make them. */
const linkNotices = (search: string, state: Params) =>
  search.includes('w.big=') ? [{ key: 'w.big', message: `too big; mode ${state.mode}` }] : [];

describe('useWidgetUrlState', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  function open(search: string) {
    window.history.replaceState(null, '', `/lesson${search}`);
    return renderHook(() => useWidgetUrlState('w', codecs, defaults, linkNotices));
  }

  it('shows the URL’s notices and the widget’s own, from the link it was opened with', () => {
    const { result } = open('?w.mode=y&w.a=abc&w.big=9');
    const { frame, state } = result.current;
    expect(state).toEqual({ a: [1, 2], mode: 'y' });
    expect(frame.widgetId).toBe('w');
    expect(frame.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Ignored w\.a=abc/),
      'too big; mode y',
    ]);
  });

  it('dismissing clears both kinds and keeps the state', () => {
    const { result } = open('?w.mode=y&w.a=abc&w.big=9');
    act(() => result.current.frame.onDismissNotices());
    expect(result.current.frame.notices).toEqual([]);
    expect(result.current.state.mode).toBe('y');
  });

  it('resetting clears both kinds and goes back to the defaults', () => {
    const { result } = open('?w.mode=y&w.a=abc&w.big=9');
    act(() => result.current.frame.onReset());
    expect(result.current.frame.notices).toEqual([]);
    expect(result.current.state).toEqual(defaults);
  });

  it('shares the current state', () => {
    const { result } = open('?w.mode=y');
    expect(result.current.frame.shareUrl()).toMatch(/\?w\.mode=y$/);
  });
});
