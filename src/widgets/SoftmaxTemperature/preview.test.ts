import { describe, expect, it } from 'vitest';
import type { Op } from '../../ui/picture/scene';
import { softmaxModel } from './model';
import type { SoftmaxInput } from './model';
import { softmaxScene } from './preview';
import type { RowBoxes } from './preview';

const input: SoftmaxInput = {
  logits: [2, 1, 0.1],
  labels: ['mat', 'floor', 'sofa'],
  t: 2,
  k: null,
  p: null,
  seed: 42,
  draws: 0,
};
const rows: RowBoxes[] = [0, 1, 2].map((i) => ({
  bar: { x: 10, y: 40 * i + 20, w: 200, h: 12 },
  prob: { x: 220, y: 40 * i, w: 40, h: 20 },
  font: '16px monospace',
  colour: 'black',
}));

describe('softmaxScene(view, rows)', () => {
  it('draws each bar as wide as its probability and writes it to 3 decimals', () => {
    const ops = softmaxScene(softmaxModel(input), rows).ops;
    const bars = ops.filter((o): o is Extract<Op, { op: 'rect' }> => o.op === 'rect');
    // 0.502, 0.304, 0.194 of the 200 px bar, inside its 12 px row (the SVG's 2.5–9.5 of 12)
    expect(bars.map((b) => Math.round(b.w))).toEqual([100, 61, 39]);
    expect(bars.map((b) => [b.x, b.y, b.h])).toEqual([
      [10, 22.5, 7],
      [10, 62.5, 7],
      [10, 102.5, 7],
    ]);
    const texts = ops.filter((o): o is Extract<Op, { op: 'text' }> => o.op === 'text');
    expect(texts.map((t) => t.text)).toEqual(['0.502', '0.304', '0.194']);
    expect(texts[1]).toMatchObject({ x: 220, y: 50, baseline: 'middle', font: '16px monospace' });
  });

  it('adds the renormalised share after top-k and greys the dropped token', () => {
    const ops = softmaxScene(softmaxModel({ ...input, k: 2 }), rows).ops;
    const fills = ops.flatMap((o) => (o.op === 'rect' ? [o.fill] : []));
    expect(fills).toEqual([
      'var(--st-bar)',
      'var(--st-renorm)',
      'var(--st-bar)',
      'var(--st-renorm)',
      'var(--st-dropped)',
    ]);
  });

  it('skips rows it has no boxes for', () => {
    expect(softmaxScene(softmaxModel(input), rows.slice(0, 1)).ops).toHaveLength(2);
  });
});
