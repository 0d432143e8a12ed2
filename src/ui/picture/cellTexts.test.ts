import { describe, expect, it } from 'vitest';
import { sequentialColours, VALUE_INK } from '../drawHeatmap';
import { cellTexts } from './cellTexts';

describe('cellTexts(values, box, colours, text, style)', () => {
  const values = [0.9, 0.1, NaN, 1];
  const box = { x: 0, y: 0, w: 100, h: 100, rows: 2, cols: 2 };
  const style = { font: '12.8px mono', fills: [VALUE_INK.light, VALUE_INK.dark] };

  it('centres each finite cell’s text on its cell in contrasting ink, masked cells empty', () => {
    const texts = cellTexts(
      values,
      box,
      sequentialColours([0, 1]),
      (_i, _j, v) => v.toFixed(3),
      style,
    );
    // one packed operation for all the numbers, not an object per cell
    expect(texts).toMatchObject({
      op: 'texts',
      font: '12.8px mono',
      align: 'center',
      baseline: 'middle',
    });
    expect(texts.texts).toEqual(['0.900', '0.100', '1.000']);
    expect(Array.from(texts.xs)).toEqual([25, 75, 75]);
    expect(Array.from(texts.ys)).toEqual([25, 25, 75]);
    // viridis: yellow at the top needs dark ink, violet at the bottom light ink
    const inks = Array.from(texts.inks).map((i) => texts.fills[i]);
    expect(inks).toEqual([VALUE_INK.light, VALUE_INK.dark, VALUE_INK.light]);
  });

  it('offsets the grid by the box’s corner and gives the text its row and column', () => {
    const seen: string[] = [];
    const texts = cellTexts(
      [0.5, 0.25],
      { x: 10, y: 20, w: 40, h: 10, rows: 1, cols: 2 },
      sequentialColours([0, 1]),
      (i, j, v) => {
        seen.push(`${i},${j}`);
        return String(v);
      },
      style,
    );
    expect(seen).toEqual(['0,0', '0,1']);
    expect(Array.from(texts.xs)).toEqual([20, 40]);
    expect(Array.from(texts.ys)).toEqual([25, 25]);
  });
});
