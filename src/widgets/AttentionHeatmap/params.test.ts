import { describe, expect, it } from 'vitest';
import { buildUrl, readUrlState } from '../../ui/useUrlState';
import { cellReadout, describeCell, statusText } from './describe';
import { sentenceInputs, tokenize } from './embeddings';
import { attentionInputs, attentionView, EXAMPLE_K, EXAMPLE_Q, EXAMPLE_V } from './model';
import type { AttentionSettings } from './model';
import { codecs, defaults, normalizeParams, WIDGET_ID } from './params';

const read = (search: string) => readUrlState(WIDGET_ID, codecs, defaults, search);
const plain: AttentionSettings = { scale: true, causal: false, temperature: 1 };
const example = (settings: AttentionSettings = plain) =>
  attentionView(
    { queries: ['q1', 'q2'], keys: ['k1', 'k2'] },
    attentionInputs(EXAMPLE_Q, EXAMPLE_K, EXAMPLE_V),
    settings,
  );

describe('URL parameters', () => {
  it('reads every parameter under attention-heatmap.*', () => {
    const { state, notices } = read(
      '?attention-heatmap.mode=matrices&attention-heatmap.text=a%20b%20c&attention-heatmap.dk=64' +
        '&attention-heatmap.scale=false&attention-heatmap.causal=1&attention-heatmap.t=0.5' +
        '&attention-heatmap.seed=123&attention-heatmap.q=1,2;3,4&attention-heatmap.k=0,1;1,0' +
        '&attention-heatmap.v=5;6&attention-heatmap.stress=true',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      mode: 'matrices',
      text: 'a b c',
      stress: true,
      dk: 64,
      scale: false,
      causal: true,
      t: 0.5,
      seed: 123,
      q: [
        [1, 2],
        [3, 4],
      ],
      k: [
        [0, 1],
        [1, 0],
      ],
      v: [[5], [6]],
    });
  });

  it('ignores hostile values with a notice naming the key and keeps the defaults', () => {
    const cases: [string, RegExp][] = [
      ['mode=hack', /expected one of sentence, matrices/],
      ['text=one', /expected 2 to 64 words/],
      [`text=${Array(65).fill('w').join('%20')}`, /expected 2 to 64 words/],
      [`text=${'x'.repeat(5000)}`, /too long/],
      ['dk=3', /expected one of 2, 4, 8, 16, 64/],
      ['scale=maybe', /expected true or false/],
      ['t=-1', /expected a number above 0/],
      ['t=NaN', /expected a number above 0/],
      ['seed=-5', /whole number from 0 to 2147483647/],
      ['seed=1e400', /whole number/],
      ['q=1,2;3', /same number of values/],
      ['q=1,2,3,4,5', /up to 4 rows of up to 4 numbers/],
      ['v=1;2;3;4;5', /up to 4 rows/],
      ['k=1,x', /up to 4 rows/],
      ['k=99,0', /between -10 and 10/],
    ];
    for (const [query, reason] of cases) {
      const { state, notices } = read(`?${WIDGET_ID}.${query}`);
      expect(state, query).toEqual(defaults);
      expect(notices[0]?.message, query).toMatch(reason);
      expect(notices[0]?.message.length, query).toBeLessThan(220);
    }
  });

  it('writes only what differs from the defaults, and reads it back', () => {
    const state = { ...defaults, mode: 'matrices' as const, causal: true, v: [[1], [2]] };
    const url = buildUrl(WIDGET_ID, codecs, defaults, state, 'http://h/lessons/attention');
    expect(url).toBe(
      'http://h/lessons/attention?attention-heatmap.mode=matrices&attention-heatmap.causal=true&attention-heatmap.v=1%3B2',
    );
    expect(read(new URL(url).search).state).toEqual(state);
  });
});

describe('normalizeParams(params)', () => {
  it('clamps an absurd temperature to the slider range, with a notice', () => {
    const { params, notices } = normalizeParams({ ...defaults, t: 1e9 });
    expect(params.t).toBe(10);
    expect(notices[0]?.message).toMatch(
      /attention-heatmap\.t=1000000000 is outside 0\.05–10\. Using 10\./,
    );
    expect(normalizeParams({ ...defaults, t: 0.001 }).params.t).toBe(0.05);
  });

  it('falls back to the example when Q, K and V do not fit together', () => {
    const { params, notices } = normalizeParams({ ...defaults, q: [[1, 2, 3]] });
    expect(params.q).toEqual(EXAMPLE_Q);
    expect(notices[0]?.message).toMatch(/same number of columns/);
    expect(normalizeParams({ ...defaults, v: [[1]] }).notices).toHaveLength(1);
    expect(normalizeParams(defaults)).toEqual({ params: defaults, notices: [] });
  });
});

describe('words and numbers on screen', () => {
  it('states the matrices example in words', () => {
    expect(statusText(example(), 'matrices', 0)).toBe(
      'Query 1 gives key 1 weight 0.670 and key 2 weight 0.330, so its output is ' +
        '[1.660, 2.660]. Every row sums to 1.',
    );
  });

  it('names the word a sentence query attends to most', () => {
    const tokens = tokenize('the cat sat on the mat');
    const { Q, K, V } = sentenceInputs(tokens, 7, 8);
    const view = attentionView({ queries: tokens, keys: tokens }, attentionInputs(Q, K, V), plain);
    expect(statusText(view, 'sentence', 1)).toMatch(
      /^Query ‘cat’ attends most to ‘sat’ \(weight 0\.\d{3}\)\. Every row sums to 1\./,
    );
    expect(describeCell(view, 'sentence', 1, 2)).toMatch(/^‘cat’ \(2\) → ‘sat’ \(3\): 0\.\d{3}$/);
  });

  it('says "masked (−∞)" for a masked cell, never -Infinity', () => {
    const view = example({ ...plain, causal: true });
    expect(describeCell(view, 'matrices', 0, 1)).toBe('q1 → k2: masked (−∞), weight 0');
    expect(cellReadout(view, 0, 1)).toEqual({
      raw: '0.000',
      scaled: 'masked (−∞)',
      weight: '0 (masked)',
    });
    expect(statusText(view, 'matrices', 0)).toBe(
      'Query 1 gives key 1 weight 1.000 and key 2 nothing (masked), so its output is ' +
        '[1.000, 2.000]. Every row sums to 1.',
    );
    expect(cellReadout(example(), 0, 0)).toEqual({
      raw: '1.000',
      scaled: '0.707',
      weight: '0.670',
    });
  });
});
