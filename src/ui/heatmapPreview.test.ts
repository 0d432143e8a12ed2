import { describe, expect, it } from 'vitest';
import { sequentialColours, VALUE_INK } from './drawHeatmap';
import { heatmapScene } from './heatmapPreview';

describe('heatmapScene(preview, rows, cols, cell, showValues, font)', () => {
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
