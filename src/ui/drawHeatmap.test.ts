import { describe, expect, it } from 'vitest';
import {
  MASKED_COLOUR,
  RAMP_SIZE,
  VIRIDIS_STOPS,
  colourOf,
  drawHeatmap,
  luminance,
  parseHex,
  rampIndex,
  sequentialColours,
  toHex,
} from './drawHeatmap';
import type { HeatmapTarget } from './drawHeatmap';

/** A canvas context stand-in: real ImageData-shaped buffers, and a record of what was put. */
function fakeContext(width: number, height: number) {
  const puts: ImageData[] = [];
  const ctx: HeatmapTarget = {
    canvas: { width, height },
    createImageData: (w, h) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(w * h * 4),
      colorSpace: 'srgb',
    }),
    putImageData: (image) => {
      puts.push(image);
    },
  };
  return { ctx, puts };
}

const pixel = (image: ImageData, x: number, y: number) => {
  const p = (y * image.width + x) * 4;
  return [...image.data.subarray(p, p + 4)];
};

const colours = sequentialColours([0, 1]);
const low = [...parseHex(VIRIDIS_STOPS[0]).slice(0, 3), 255];
const high = [...parseHex(VIRIDIS_STOPS[4]).slice(0, 3), 255];
const masked = [...parseHex(MASKED_COLOUR)];

describe('sequentialColours(domain, stops, masked)', () => {
  it('starts and ends on the first and last stop, with the middle stop halfway', () => {
    expect([...colourOf(colours, 0)]).toEqual(low);
    expect([...colourOf(colours, 1)]).toEqual(high);
    // index 127.5 rounds to 128, a hair past the middle stop #21918c
    expect(toHex(colourOf(colours, 0.5))).toMatch(/^#2[01]9[01]8[bc]$/);
  });

  it('gets lighter all the way up, so the order survives greyscale', () => {
    let previous = -1;
    for (let k = 0; k < RAMP_SIZE; k += 15) {
      const l = luminance(colourOf(colours, k / (RAMP_SIZE - 1)));
      expect(l).toBeGreaterThan(previous);
      previous = l;
    }
  });

  it('clamps values outside the domain to the ends', () => {
    expect(rampIndex(colours, -3)).toBe(0);
    expect(rampIndex(colours, 7)).toBe(RAMP_SIZE - 1);
  });

  it('maps NaN and ±Infinity to the masked colour', () => {
    for (const v of [NaN, -Infinity, Infinity]) {
      expect(rampIndex(colours, v)).toBe(-1);
      expect([...colourOf(colours, v)]).toEqual(masked);
    }
  });

  it('draws every value at the top colour when the domain has zero width', () => {
    const flat = sequentialColours([0.5, 0.5]);
    expect([...colourOf(flat, 0.5)]).toEqual(high);
  });

  it('rejects a malformed stop', () => {
    expect(() => sequentialColours([0, 1], ['#fff', '#000000'])).toThrow(/#1d4ed8/);
  });
});

describe('drawHeatmap(ctx, cells, rows, cols, colours)', () => {
  it('paints each cell as a block of its colour', () => {
    const { ctx, puts } = fakeContext(4, 4);
    const image = drawHeatmap(ctx, [0, 1, 1, 0], 2, 2, colours);
    expect(puts).toEqual([image]);
    expect(pixel(image, 0, 0)).toEqual(low);
    expect(pixel(image, 1, 1)).toEqual(low);
    expect(pixel(image, 2, 0)).toEqual(high);
    expect(pixel(image, 3, 1)).toEqual(high);
    expect(pixel(image, 0, 2)).toEqual(high);
    expect(pixel(image, 3, 3)).toEqual(low);
  });

  it('draws NaN, −Infinity and missing cells in the masked colour without throwing', () => {
    const { ctx } = fakeContext(3, 2);
    const image = drawHeatmap(ctx, [NaN, -Infinity, 0.25], 2, 3, colours);
    expect(pixel(image, 0, 0)).toEqual(masked);
    expect(pixel(image, 1, 0)).toEqual(masked);
    expect(pixel(image, 2, 0)).toEqual([...colourOf(colours, 0.25)]);
    // the second row has no values at all
    expect(pixel(image, 1, 1)).toEqual(masked);
  });

  it('covers the whole canvas when it is not a multiple of the grid', () => {
    const { ctx } = fakeContext(7, 5);
    const image = drawHeatmap(ctx, [0, 0, 0, 0, 0, 0, 0, 0, 0], 3, 3, colours);
    for (let y = 0; y < 5; y++) {
      for (let x = 0; x < 7; x++) expect(pixel(image, x, y)[3]).toBe(255);
    }
  });

  it('fills a 128 × 128 grid on a 1024-pixel canvas', () => {
    const n = 128;
    const cells = Float64Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1));
    const { ctx } = fakeContext(1024, 1024);
    const image = drawHeatmap(ctx, cells, n, n, colours);
    expect(pixel(image, 0, 1023)).toEqual(low);
    expect(pixel(image, 1023, 0)).toEqual(high);
    // column 64 of 128 starts at pixel 512
    expect(pixel(image, 512, 700)).toEqual([...colourOf(colours, 64 / 127)]);
  });

  it('leaves an empty grid blank', () => {
    const { ctx, puts } = fakeContext(2, 2);
    const image = drawHeatmap(ctx, [], 0, 0, colours);
    expect(puts).toHaveLength(1);
    expect([...image.data].every((v) => v === 0)).toBe(true);
  });
});
