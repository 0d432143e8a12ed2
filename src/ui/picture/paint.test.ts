import { describe, expect, it } from 'vitest';
import { sequentialColours } from '../drawHeatmap';
import { fitTransform, paintScene } from './paint';
import type { CellCanvas, PaintTarget } from './paint';
import { resolveScene, resolveVars } from './scene';
import type { GridBox, Op, Scene } from './scene';

const show = (a: unknown): string => {
  if (typeof a === 'number') return String(+a.toFixed(3));
  if (Array.isArray(a)) return a.join('/');
  if (typeof a === 'string' || typeof a === 'boolean') return String(a);
  return 'img';
};

/** A context that records each call and each style it was given, in order. */
function recorder() {
  const calls: string[] = [];
  const log =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(`${name}(${args.map(show).join(',')})`);
  const styles: Record<string, unknown> = {};
  const methods: Record<string, unknown> = {
    save: log('save'),
    restore: log('restore'),
    setTransform: log('setTransform'),
    clearRect: log('clearRect'),
    fillRect: log('fillRect'),
    beginPath: log('beginPath'),
    moveTo: log('moveTo'),
    lineTo: log('lineTo'),
    arc: log('arc'),
    rect: log('rect'),
    clip: log('clip'),
    fill: log('fill'),
    stroke: log('stroke'),
    fillText: log('fillText'),
    setLineDash: log('setLineDash'),
    drawImage: log('drawImage'),
  };
  const ctx = new Proxy(methods, {
    get: (target, key: string) => (key in target ? target[key] : styles[key]),
    set: (_, key: string, value: unknown) => {
      styles[key] = value;
      calls.push(`${key}=${show(value)}`);
      return true;
    },
  });
  return { ctx: ctx as unknown as PaintTarget, calls };
}

const noCells: CellCanvas = () => null;

/** A scratch canvas for `cells` operations that keeps each ImageData it is given. */
function scratchCells() {
  const put: { width: number; height: number; data: number[] }[] = [];
  const scratch = { width: 0, height: 0 };
  const cells: CellCanvas = (cols, rows) => {
    Object.assign(scratch, { width: cols, height: rows });
    return {
      image: scratch as unknown as CanvasImageSource,
      ctx: {
        canvas: scratch,
        createImageData: (w, h) =>
          ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) as ImageData,
        putImageData: (image) =>
          put.push({ width: image.width, height: image.height, data: [...image.data] }),
      },
    };
  };
  return { cells, put };
}

describe('fitTransform(scene, viewport)', () => {
  it('fits a viewBox as SVG’s xMidYMid meet does, times the device-pixel ratio', () => {
    const scene: Scene = { viewBox: { width: 320, height: 220 }, ops: [] };
    // a box twice as wide as the viewBox’s aspect: height decides, the picture is centred
    expect(fitTransform(scene, { width: 880, height: 220, dpr: 2 })).toEqual({
      scale: 2,
      dx: 2 * 280,
      dy: 0,
    });
    expect(fitTransform({ viewBox: null, ops: [] }, { width: 10, height: 10, dpr: 3 })).toEqual({
      scale: 3,
      dx: 0,
      dy: 0,
    });
  });
});

describe('paintScene(ctx, scene, viewport, cells)', () => {
  it('clears the whole canvas, then replays each operation with its colour', () => {
    const { ctx, calls } = recorder();
    paintScene(
      ctx,
      {
        viewBox: null,
        ops: [
          { op: 'rect', x: 1, y: 2, w: 3, h: 4, fill: 'red' },
          { op: 'polyline', points: [0, 0, 5, 5, 10, 0], stroke: 'blue', width: 2, dash: [2, 3] },
          {
            op: 'text',
            x: 4,
            y: 5,
            text: '0.502',
            font: '12px mono',
            fill: 'black',
            align: 'right',
          },
        ],
      },
      { width: 50, height: 20, dpr: 2 },
      noCells,
    );
    expect(calls.slice(0, 3)).toEqual([
      'setTransform(1,0,0,1,0,0)',
      'clearRect(0,0,100,40)',
      'setTransform(2,0,0,2,0,0)',
    ]);
    expect(calls).toContain('fillRect(1,2,3,4)');
    expect(calls.indexOf('fillStyle=red')).toBeLessThan(calls.indexOf('fillRect(1,2,3,4)'));
    expect(calls).toEqual(expect.arrayContaining(['moveTo(0,0)', 'lineTo(5,5)', 'lineTo(10,0)']));
    expect(calls).toContain('setLineDash(2/3)');
    expect(calls).toContain('fillText(0.502,4,5)');
    expect(calls).toContain('textAlign=right');
  });

  it('draws packed texts each in its own ink, setting the ink only when it changes', () => {
    const { ctx, calls } = recorder();
    paintScene(
      ctx,
      {
        viewBox: null,
        ops: [
          {
            op: 'texts',
            xs: new Float64Array([1, 2, 3]),
            ys: new Float64Array([4, 5, 6]),
            texts: ['a', 'b', 'c'],
            inks: new Uint8Array([0, 0, 1]),
            fills: ['black', 'white'],
            font: '12px mono',
            align: 'center',
            baseline: 'middle',
          },
        ],
      },
      { width: 10, height: 10, dpr: 1 },
      noCells,
    );
    const drawing = calls.slice(calls.indexOf('font=12px mono'));
    expect(drawing).toEqual([
      'font=12px mono',
      'textAlign=center',
      'textBaseline=middle',
      'fillStyle=black',
      'fillText(a,1,4)',
      'fillText(b,2,5)',
      'fillStyle=white',
      'fillText(c,3,6)',
    ]);
  });

  it('balances clips: an unmatched unclip is skipped, an open clip is closed at the end', () => {
    const { ctx, calls } = recorder();
    paintScene(
      ctx,
      {
        viewBox: null,
        ops: [
          { op: 'unclip' },
          { op: 'clip', x: 0, y: 0, w: 5, h: 5 },
          { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'red' },
        ],
      },
      { width: 10, height: 10, dpr: 1 },
      noCells,
    );
    expect(calls.filter((c) => c === 'save()')).toHaveLength(1);
    expect(calls.filter((c) => c === 'restore()')).toHaveLength(1);
    expect(calls.at(-1)).toBe('restore()');
  });

  it('draws cells one pixel each on the scratch canvas, stretched without smoothing', () => {
    const { ctx, calls } = recorder();
    const { cells, put } = scratchCells();
    const colours = sequentialColours([0, 1]);
    paintScene(
      ctx,
      {
        viewBox: null,
        ops: [{ op: 'cells', x: 0, y: 0, w: 40, h: 20, rows: 1, cols: 2, values: [0, 1], colours }],
      },
      { width: 40, height: 20, dpr: 1 },
      cells,
    );
    expect(put).toHaveLength(1);
    expect(put[0]?.width).toBe(2);
    // the ramp's two ends: viridis dark violet, then yellow
    expect(put[0]?.data.slice(0, 3)).toEqual([0x44, 0x01, 0x54]);
    expect(put[0]?.data.slice(4, 7)).toEqual([0xfd, 0xe7, 0x25]);
    expect(calls).toContain('imageSmoothingEnabled=false');
    // the grid is the scratch canvas's top-left 2 × 1 pixels, stretched over the box
    expect(calls).toContain('drawImage(img,0,0,2,1,0,0,40,20)');
  });
});

/**
 * A 2 × 2 causal grid whose weights are, row 1: 1 then masked (it sees only its first score);
 * row 2: softmax(0, 2 ln 3 / 2) = (1/4, 3/4).
 */
function causalPair(box: GridBox, more: Partial<Extract<Op, { op: 'softmax-cells' }>> = {}) {
  const op: Op = {
    op: 'softmax-cells',
    ...box,
    scores: [5, 7, 0, 2 * Math.log(3)],
    temperature: 2,
    causal: true,
    colours: sequentialColours([0, 1]),
    ...more,
  };
  return { viewBox: null, ops: [op] };
}

describe('paintScene with softmax-cells: the painter forms the weights itself', () => {
  it('colours each row’s softmax from 0 to the largest weight, masking past the diagonal', () => {
    const { ctx } = recorder();
    const { cells, put } = scratchCells();
    const colours = sequentialColours([0, 123]); // the domain is replaced: only the ramp counts
    const box = { x: 0, y: 0, w: 2, h: 2, rows: 2, cols: 2 };
    paintScene(ctx, causalPair(box, { colours }), { width: 2, height: 2, dpr: 1 }, cells);
    const data = put[0]?.data ?? [];
    const rgb = (k: number) => data.slice(4 * k, 4 * k + 3);
    // row 1: weight 1 alone, above the largest other weight 3/4: the top colour; then masked
    expect(rgb(0)).toEqual([0xfd, 0xe7, 0x25]);
    expect(rgb(1)).toEqual([...colours.masked.slice(0, 3)]);
    // row 2: 1/4 and 3/4 of a domain 0 … 1
    const at = (t: number) => {
      const k = Math.round(t * 255);
      return [...colours.ramp.slice(4 * k, 4 * k + 3)];
    };
    expect(rgb(2)).toEqual(at(0.25));
    expect(rgb(3)).toEqual(at(0.75));
  });
});

describe('paintScene with softmax-cells and labels: the painter prints the weights it forms', () => {
  it('writes each unmasked weight to the digits asked for, centred, in ink that contrasts', () => {
    const { ctx, calls } = recorder();
    const box = { x: 10, y: 0, w: 100, h: 100, rows: 2, cols: 2 };
    const labels = { digits: 2, font: '12px mono', fills: ['dark-ink', 'light-ink'] };
    paintScene(ctx, causalPair(box, { labels }), { width: 110, height: 100, dpr: 1 }, noCells);
    const texts = calls.slice(calls.indexOf('font=12px mono'));
    // viridis: 1 is yellow and 3/4 green (dark ink), 1/4 blue (light ink); the masked cell empty
    expect(texts).toEqual([
      'font=12px mono',
      'textAlign=center',
      'textBaseline=middle',
      'fillStyle=dark-ink',
      'fillText(1.00,35,25)',
      'fillStyle=light-ink',
      'fillText(0.25,35,75)',
      'fillStyle=dark-ink',
      'fillText(0.75,85,75)',
    ]);
  });

  it('prints nothing without labels', () => {
    const { ctx, calls } = recorder();
    const box = { x: 0, y: 0, w: 2, h: 2, rows: 2, cols: 2 };
    paintScene(ctx, causalPair(box), { width: 2, height: 2, dpr: 1 }, noCells);
    expect(calls.some((c) => c.startsWith('fillText'))).toBe(false);
  });
});

describe('resolveScene(scene, lookup)', () => {
  it('replaces every var(--name) in colours and fonts, reading each name once', () => {
    const read: string[] = [];
    const lookup = (name: string) => {
      read.push(name);
      return { '--accent': ' #1d4ed8', '--font-mono': 'ui-monospace, monospace' }[name] ?? '';
    };
    const scene = resolveScene(
      {
        viewBox: null,
        ops: [
          { op: 'rect', x: 0, y: 0, w: 1, h: 1, fill: 'var(--accent)' },
          { op: 'dots', points: [1, 1], r: 2, fill: 'var(--accent)' },
          { op: 'text', x: 0, y: 0, text: 'a', font: '11px var(--font-mono)', fill: 'black' },
          {
            op: 'texts',
            xs: [0],
            ys: [0],
            texts: ['b'],
            inks: [1],
            fills: ['black', 'var(--accent)'],
            font: '11px var(--font-mono)',
          },
          {
            op: 'softmax-cells',
            ...{ x: 0, y: 0, w: 1, h: 1, rows: 1, cols: 1 },
            scores: [0],
            temperature: 1,
            causal: false,
            colours: sequentialColours([0, 1]),
            labels: { digits: 3, font: '11px var(--font-mono)', fills: ['var(--accent)', 'white'] },
          },
        ],
      },
      lookup,
    );
    expect(scene.ops.map((o) => ('fill' in o ? o.fill : null))).toEqual([
      '#1d4ed8',
      '#1d4ed8',
      'black',
      null,
      null,
    ]);
    expect(scene.ops[4]).toMatchObject({
      labels: { digits: 3, font: '11px ui-monospace, monospace', fills: ['#1d4ed8', 'white'] },
    });
    expect(scene.ops[3]).toMatchObject({
      fills: ['black', '#1d4ed8'],
      font: '11px ui-monospace, monospace',
    });
    expect(scene.ops[2]).toMatchObject({ font: '11px ui-monospace, monospace' });
    expect(read).toEqual(['--accent', '--font-mono']);
    expect(resolveVars('plain', lookup)).toBe('plain');
  });
});
