// The painter worker's own logic, run in this thread: `self` is a stand-in that keeps what the
// worker posts, and OffscreenCanvas one whose context records its calls.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaults, toInput } from '../../widgets/GradientDescent/params';
import { sequentialColours } from '../drawHeatmap';
import type { FromPainter, ToPainter } from './protocol';

const posted: FromPainter[] = [];
const scope: { onmessage: ((event: { data: ToPainter }) => void) | null } & {
  postMessage: (message: FromPainter) => void;
} = { onmessage: null, postMessage: (message) => posted.push(message) };

/** Every canvas made, with the calls and styles its context was given. */
const made: FakeCanvas[] = [];
class FakeCanvas {
  calls: string[] = [];
  constructor(
    public width = 300,
    public height = 150,
  ) {
    made.push(this);
  }
  getContext() {
    const calls = this.calls;
    const own: Record<string, unknown> = {
      canvas: this,
      createImageData: (width: number, height: number) => {
        calls.push('createImageData(2)');
        return { width, height, data: new Uint8ClampedArray(width * height * 4) };
      },
    };
    return new Proxy(
      {},
      {
        get: (_, key: string) =>
          own[key] ?? ((...args: unknown[]) => calls.push(`${key}(${args.length})`)),
        set: (_, key: string, value: unknown) => {
          calls.push(`${key}=${String(value)}`);
          return true;
        },
      },
    );
  }
}

const send = (data: ToPainter) => scope.onmessage?.({ data });
/** Long enough for the worker's timers and an already loaded module's promise. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const view = { width: 320, height: 220, dpr: 1 };

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('OffscreenCanvas', FakeCanvas);
  await import('./painter.worker');
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('the painter worker', () => {
  it('paints a sample of every operation off screen once the first overlay attaches', async () => {
    const canvas = new FakeCanvas();
    send({ type: 'attach', id: 9, canvas: canvas as unknown as OffscreenCanvas });
    await settle();
    const sample = made.find((c) => c !== canvas && c.width === 300 && c.height === 300);
    // three sizes of the sample, each with cells, lines, dots, circles and texts
    expect(sample?.calls.filter((c) => c === 'clearRect(4)')).toHaveLength(3);
    for (const call of ['drawImage(9)', 'stroke(0)', 'arc(5)', 'fillText(3)']) {
      expect(sample?.calls).toContain(call);
    }
    expect(canvas.calls).toEqual([]);
    // once per worker
    const before = made.length;
    send({ type: 'attach', id: 10, canvas: new FakeCanvas() as unknown as OffscreenCanvas });
    await settle();
    expect(made.slice(before + 1).filter((c) => c.width === 300)).toEqual([]);
  });

  it('builds a posted value’s scene with its module, in the theme it was sent, and answers', async () => {
    const canvas = new FakeCanvas();
    send({ type: 'attach', id: 1, canvas: canvas as unknown as OffscreenCanvas });
    const value = toInput({ ...defaults, lr: 0.1, steps: 50 });
    const build = {
      type: 'build',
      id: 1,
      module: 'gradient-descent',
      scene: 'loss',
      view,
      ack: true,
    } as const;
    send({ ...build, seq: 1, value, vars: { '--accent': '#ff0000', '--error': '#00ff00' } });
    // the module loads first; the build waits for it
    await vi.waitFor(() => expect(posted).toContainEqual({ type: 'drawn', id: 1, seq: 1 }));
    // the line in the theme's accent, the exit marker in its error colour (η = 0.1 diverges)
    expect(canvas.calls).toContain('strokeStyle=#ff0000');
    expect(canvas.calls).toContain('fillStyle=#00ff00');
    expect(canvas.calls.filter((c) => c.startsWith('fillText'))).not.toHaveLength(0);

    // a later step (no theme sent) keeps the drag's theme; only the newest of a burst is drawn
    canvas.calls = [];
    send({
      ...build,
      seq: 2,
      value: toInput({ ...defaults, lr: 0.2, steps: 50 }),
      vars: null,
      ack: false,
    });
    send({
      ...build,
      seq: 3,
      value: toInput({ ...defaults, lr: 0.01, steps: 50 }),
      vars: null,
      ack: false,
    });
    await settle();
    expect(canvas.calls).toContain('strokeStyle=#ff0000');
    // η = 0.01 converges: no exit marker, so nothing in the error colour
    expect(canvas.calls).not.toContain('fillStyle=#00ff00');
    expect(canvas.calls.filter((c) => c === 'clearRect(4)')).toHaveLength(1);
  });

  it('loads and warms an attached module off screen, leaving the page’s canvas alone', async () => {
    const before = made.length;
    const canvas = new FakeCanvas();
    const warm = [0.001, 0.01, 0.1].map((lr) => toInput({ ...defaults, lr }));
    send({
      type: 'attach',
      id: 2,
      canvas: canvas as unknown as OffscreenCanvas,
      module: 'gradient-descent',
      warm,
    });
    await settle();
    const scratch = made.slice(before).filter((c) => c !== canvas);
    // the warm-up painted every scene of the module for every value, on a canvas of its own
    expect(scratch.flatMap((c) => c.calls).filter((c) => c === 'clearRect(4)')).toHaveLength(6);
    expect(canvas.calls).toEqual([]);
  });

  it('draws a grid into the corner of one scratch canvas that only grows', async () => {
    // the warm-up's biggest grid (128 a side) sized it; a smaller grid resizes nothing
    const scratch = made.find((c) => c.width === 128 && c.height === 128);
    expect(scratch).toBeDefined();
    const canvas = new FakeCanvas();
    send({ type: 'attach', id: 12, canvas: canvas as unknown as OffscreenCanvas });
    const box = { x: 0, y: 0, w: 60, h: 60, rows: 6, cols: 6 };
    const values = Array.from({ length: 36 }, (_, i) => i / 36);
    const colours = sequentialColours([0, 1]);
    send({
      type: 'draw',
      id: 12,
      seq: 1,
      scene: { viewBox: null, ops: [{ op: 'cells', values, colours, ...box }] },
      view: { width: 60, height: 60, dpr: 1 },
      ack: false,
    });
    await settle();
    expect([scratch?.width, scratch?.height]).toEqual([128, 128]);
    expect(made.filter((c) => c.width === 6 || c.height === 6)).toEqual([]);
    expect(canvas.calls).toContain('drawImage(9)');
  });

  it('reports a scene its module does not have, so the page stops using the painter', async () => {
    const canvas = new FakeCanvas();
    send({ type: 'attach', id: 3, canvas: canvas as unknown as OffscreenCanvas });
    send({
      type: 'build',
      id: 3,
      seq: 1,
      module: 'gradient-descent',
      scene: 'nonesuch',
      value: 1,
      vars: null,
      view,
      ack: true,
    });
    await settle();
    expect(posted.at(-1)).toMatchObject({ type: 'failed' });
    expect(posted).not.toContainEqual({ type: 'drawn', id: 3, seq: 1 });
  });
});
