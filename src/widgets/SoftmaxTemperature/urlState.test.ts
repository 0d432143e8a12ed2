import { describe, expect, it } from 'vitest';
import { buildUrl, readUrlState } from '../../ui/useUrlState';
import { codecs, defaults, extraNotices, reconcileLabels, WIDGET_ID } from './urlState';

const read = (query: string) => {
  const search = `?${query}`;
  const { state, notices } = readUrlState(WIDGET_ID, codecs, defaults, search);
  return { state, notices: [...notices, ...extraNotices(search, state)].map((n) => n.message) };
};

describe('softmax-temperature URL parameters', () => {
  it('reads logits, labels, T, top-k, top-p and the seed', () => {
    const { state, notices } = read(
      'softmax-temperature.logits=3,-1.5,0&softmax-temperature.labels=a,b,c&softmax-temperature.t=2' +
        '&softmax-temperature.k=2&softmax-temperature.p=0.9&softmax-temperature.seed=7',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      logits: [3, -1.5, 0],
      labels: ['a', 'b', 'c'],
      t: 2,
      k: 2,
      p: 0.9,
      seed: 7,
    });
  });

  it.each([
    ['abc', /“abc” is not a number/],
    ['1e400', /“1e400” is too large: beyond the largest double/],
    ['', /it is empty/],
    ['2,,1', /an entry is empty/],
    ['5', /at least 2 tokens/],
    [Array.from({ length: 21 }, () => '1').join(','), /21 tokens is too many/],
    ['2e6,1', /outside −1000000 to 1000000/],
  ])('ignores logits=%s with a notice and keeps the defaults', (raw, reason) => {
    const { state, notices } = read(`softmax-temperature.logits=${encodeURIComponent(raw)}`);
    expect(state.logits).toEqual(defaults.logits);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(reason);
    expect(notices[0]).toMatch(/Using the default\.$/);
  });

  it('keeps a <script> label as plain text', () => {
    const { state } = read(
      `softmax-temperature.labels=${encodeURIComponent('<script>x</script>,b,c')}`,
    );
    expect(state.labels[0]).toBe('<script>x</script>');
  });

  it('ignores labels whose count differs from the logits, with a notice', () => {
    const { state, notices } = read('softmax-temperature.labels=a,b');
    expect(reconcileLabels(state.logits, state.labels)).toEqual(['mat', 'floor', 'sofa']);
    expect(notices).toEqual([
      'Ignored softmax-temperature.labels: 2 names for 3 logits. Using default names.',
    ]);
  });

  it.each(['0', '-1', 'NaN', 'abc', ''])('ignores t=%s with a notice', (raw) => {
    const { state, notices } = read(`softmax-temperature.t=${raw}`);
    expect(state.t).toBe(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Ignored softmax-temperature\.t=/);
  });

  it('clamps an absurd temperature or k to the largest allowed, and says so', () => {
    const big = read('softmax-temperature.t=1e9&softmax-temperature.k=1000000000');
    expect(big.state.t).toBe(10);
    expect(big.state.k).toBe(20);
    expect(big.notices).toEqual([
      'softmax-temperature.t=1000000000 is above the largest temperature the widget shows; using T = 10.',
      'softmax-temperature.k=1000000000 is more than the 20 tokens the widget holds; using k = 20 (keeps every token).',
    ]);
    const small = read('softmax-temperature.t=0.001');
    expect(small.state.t).toBe(0.05);
    expect(small.notices[0]).toMatch(/below the smallest temperature.*using T = 0\.05/);
  });

  it('rejects a fractional k, a p outside (0, 1] and a bad seed', () => {
    const { state, notices } = read(
      'softmax-temperature.k=1.5&softmax-temperature.p=0&softmax-temperature.seed=-3',
    );
    expect([state.k, state.p, state.seed]).toEqual([null, null, 42]);
    expect(notices).toHaveLength(3);
    expect(read('softmax-temperature.p=1.5').notices[0]).toMatch(/top-p must be above 0/);
  });

  it('writes only what differs from the defaults, and reads back what it writes', () => {
    const state = { ...defaults, logits: [1e6, -1e6], labels: ['x y', '<b>'], k: 1, t: 0.05 };
    const href = buildUrl(
      WIDGET_ID,
      codecs,
      defaults,
      state,
      'https://example.org/lessons/softmax',
    );
    const url = new URL(href);
    expect(url.searchParams.get('softmax-temperature.seed')).toBeNull();
    expect(url.searchParams.get('softmax-temperature.p')).toBeNull();
    expect(readUrlState(WIDGET_ID, codecs, defaults, url.search).state).toEqual(state);
  });
});
