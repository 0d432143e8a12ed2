import { describe, expect, it } from 'vitest';
import { sequentialColours } from './drawHeatmap';
import { heatmapScene } from './heatmapPreview';
import { VALUE_INK } from './drawHeatmap';

const values = [0.9, 0.1, NaN, 1];
const preview = {
  values,
  colours: sequentialColours([0, 1]),
  formatCell: (i: number, j: number) => (values[i * 2 + j] ?? 0).toFixed(3),
};

describe('heatmapScene(preview, rows, cols, cell, showValues, font)', () => {
  it('stretches the grid over the plot and writes finite cells in contrasting ink', () => {
    const { viewBox, ops } = heatmapScene(preview, 2, 2, 50, true, '12.8px mono');
    expect(viewBox).toBeNull();
    expect(ops[0]).toMatchObject({ op: 'cells', x: 0, y: 0, w: 100, h: 100, rows: 2, cols: 2 });
    // one packed operation for all the numbers, not an object per cell
    expect(ops).toHaveLength(2);
    const texts = ops[1];
    if (texts?.op !== 'texts') throw new Error(`expected a texts op, got ${texts?.op}`);
    // the masked cell stays empty, as in CellValues
    expect(texts.texts).toEqual(['0.900', '0.100', '1.000']);
    expect(Array.from(texts.xs)).toEqual([25, 75, 75]);
    expect(Array.from(texts.ys)).toEqual([25, 25, 75]);
    expect(texts).toMatchObject({ font: '12.8px mono', align: 'center', baseline: 'middle' });
    // viridis: yellow at the top needs dark ink, violet at the bottom light ink
    const inks = Array.from(texts.inks).map((i) => texts.fills[i]);
    expect(inks).toEqual([VALUE_INK.light, VALUE_INK.dark, VALUE_INK.light]);
  });

  it('draws only the cells when the numbers do not fit', () => {
    expect(heatmapScene(preview, 2, 2, 10, false, '12.8px mono').ops).toHaveLength(1);
  });

  it('hands a big grid’s row softmax to the painter, with no numbers', () => {
    const colours = sequentialColours([0, 1]);
    const softmax = { scores: new Float64Array(9), temperature: 2, causal: true };
    const { ops } = heatmapScene({ softmax, colours }, 3, 3, 5, true, '12.8px mono');
    expect(ops).toEqual([
      { op: 'softmax-cells', x: 0, y: 0, w: 15, h: 15, rows: 3, cols: 3, ...softmax, colours },
    ]);
  });

  it('asks the painter to print a grid’s row softmax where numbers fit and digits are given', () => {
    const colours = sequentialColours([0, 1]);
    const softmax = { scores: new Float64Array(4), temperature: 1, causal: false };
    const scene = (showValues: boolean, digits?: number) =>
      heatmapScene({ softmax, colours, digits }, 2, 2, 40, showValues, '12.8px mono').ops[0];
    expect(scene(true, 3)).toMatchObject({
      op: 'softmax-cells',
      labels: { digits: 3, font: '12.8px mono', fills: [VALUE_INK.light, VALUE_INK.dark] },
    });
    expect(scene(false, 3)).not.toHaveProperty('labels');
    expect(scene(true)).not.toHaveProperty('labels');
  });
});
