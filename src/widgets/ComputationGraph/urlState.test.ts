import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../ui/useUrlState';
import {
  clampNotices,
  codecs,
  defaults,
  fitRange,
  ranges,
  switchGraph,
  WIDGET_ID,
} from './urlState';

const read = (search: string) => readUrlState(WIDGET_ID, codecs, defaults, search);

describe('computation-graph URL state', () => {
  it('reads the graph, the inputs and the step', () => {
    const { state, notices } = read(
      '?computation-graph.graph=neuron&computation-graph.w=-1.5&computation-graph.y=0.25&computation-graph.step=4',
    );
    expect(state).toEqual({ ...defaults, graph: 'neuron', w: -1.5, y: 0.25, step: 4 });
    expect(notices).toEqual([]);
  });

  it('ignores words, NaN and Infinity with a notice', () => {
    const { state, notices } = read(
      '?computation-graph.x=NaN&computation-graph.w=Infinity&computation-graph.graph=tree&computation-graph.step=abc',
    );
    expect(state).toEqual(defaults);
    expect(notices).toHaveLength(4);
    expect(notices[0]?.message).toMatch(
      /^Ignored computation-graph\.graph=tree: expected one of chain, neuron/,
    );
  });

  it('clamps absurd numbers to the slider range with a notice', () => {
    const search = '?computation-graph.x=1e9&computation-graph.step=1e9&computation-graph.b=0.123';
    const { state } = read(search);
    expect(state).toMatchObject({ x: 3, step: 7, b: 0.1 });
    const messages = clampNotices(search, state).map((n) => n.message);
    expect(messages).toEqual([
      'computation-graph.x=1000000000 is outside −3 … 3 or between slider steps; using 3.',
      'computation-graph.b=0.123 is outside −5 … 5 or between slider steps; using 0.1.',
      'computation-graph.step=1000000000 is outside 0 … 7 or between slider steps; using 7.',
      'The chain graph has 3 backward steps; showing step 3.',
    ]);
  });

  it('snaps to the slider step without −0', () => {
    expect(fitRange(-0.01, ranges.x)).toBe(0);
    expect(Object.is(fitRange(-0.01, ranges.x), -0)).toBe(false);
    expect(fitRange(0.37, ranges.y)).toBe(0.35);
  });
});

describe('switchGraph(state, graph)', () => {
  it('moves an untouched x to the other lesson example and restarts the pass', () => {
    expect(switchGraph({ ...defaults, step: 3 }, 'neuron')).toEqual({
      ...defaults,
      graph: 'neuron',
      x: 2,
      step: 0,
    });
    expect(switchGraph({ ...defaults, graph: 'neuron', x: 2 }, 'chain')).toEqual(defaults);
  });

  it('keeps an x the reader chose', () => {
    expect(switchGraph({ ...defaults, x: -1.5 }, 'neuron').x).toBe(-1.5);
  });
});
