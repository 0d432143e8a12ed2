// The painter: draws each overlay's latest scene on the OffscreenCanvas the page handed over.
// It runs beside the page's main thread, so a dragged slider's picture costs that thread only
// a postMessage per step. Draws are coalesced: of the scenes that arrive while one is being
// drawn, only each canvas's newest is drawn. An overlay may post a value instead of a scene;
// the worker then builds the scene itself with a module of modules.ts.
import { painterModules } from './modules';
import type { PainterModule, PainterModuleName } from './modules';
import { paintScene } from './paint';
import type { CellCanvas, Viewport } from './paint';
import type { FromPainter, ToPainter } from './protocol';
import { resolveScene } from './scene';
import type { Op, Scene } from './scene';
import { sequentialColours } from '../drawHeatmap';

// typed by hand: the project's lib is the DOM's, not WebWorker's
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToPainter>) => void) | null;
  postMessage(message: FromPainter): void;
};

type Job = Extract<ToPainter, { type: 'draw' | 'build' }>;

const canvases = new Map<number, OffscreenCanvas>();
const times = new Map<number, number[]>();
/** Per canvas, the theme's values its built scenes use (sent with a drag's first build). */
const themes = new Map<number, Readonly<Record<string, string>>>();
const pending = new Map<number, Job>();
let scheduled = false;

const modules = new Map<PainterModuleName, PainterModule>();
const loading = new Map<PainterModuleName, Promise<PainterModule>>();

// The grid of a `cells` operation is drawn one pixel per cell into the top-left corner of one
// scratch canvas, which only ever grows: a canvas's first pixels after a resize took 7–28 ms
// here (traced at 4× CPU; a new backing store), and a drag's first draw paid for it when the
// grid's size differed from the last one drawn.
let scratch: OffscreenCanvas | null = null;
let scratchCtx: OffscreenCanvasRenderingContext2D | null = null;
const cells: CellCanvas = (cols, rows) => {
  scratch ??= new OffscreenCanvas(1, 1);
  if (scratch.width < cols || scratch.height < rows) {
    scratch.width = Math.max(scratch.width, cols);
    scratch.height = Math.max(scratch.height, rows);
  }
  scratchCtx ??= scratch.getContext('2d');
  const ctx = scratchCtx;
  if (!ctx) return null;
  return {
    image: scratch,
    ctx: {
      canvas: { width: cols, height: rows },
      createImageData: (width, height) => ctx.createImageData(width, height),
      putImageData: (image, dx, dy) => ctx.putImageData(image, dx, dy),
    },
  };
};

/** Sizes the canvas to `view` in device pixels; setting a size clears it, so only on change. */
function fit(canvas: OffscreenCanvas, view: Viewport) {
  const width = Math.max(1, Math.round(view.width * view.dpr));
  const height = Math.max(1, Math.round(view.height * view.dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

function fail(reason: string) {
  scope.postMessage({ type: 'failed', reason });
}

function load(name: PainterModuleName): Promise<PainterModule> {
  let promise = loading.get(name);
  if (!promise) {
    promise = painterModules[name]().then((module) => {
      modules.set(name, module);
      return module;
    });
    promise.catch((error: unknown) => fail(`painter module ${name}: ${String(error)}`));
    loading.set(name, promise);
  }
  return promise;
}

/** The scene a builder makes of a value, with the theme's values in place of its var()s. */
function build(module: PainterModule, name: string, value: unknown, vars: Record<string, string>) {
  const builder = module.scenes[name] as ((value: unknown) => Scene | null) | undefined;
  if (!builder) throw new Error(`no scene ${name}`);
  const scene = builder(value);
  return scene && resolveScene(scene, (v) => vars[v] ?? '');
}

/** The job's scene; null to skip it; undefined while its module is still loading. */
function sceneOf(job: Job): Scene | null | undefined {
  if (job.type === 'draw') return job.scene;
  const module = modules.get(job.module);
  if (!module) {
    void load(job.module).then(schedule);
    return undefined;
  }
  return build(module, job.scene, job.value, themes.get(job.id) ?? {});
}

function flush() {
  scheduled = false;
  const jobs = [...pending.values()];
  pending.clear();
  for (const job of jobs) {
    const canvas = canvases.get(job.id);
    if (!canvas) continue;
    const t0 = performance.now();
    let scene: Scene | null | undefined;
    try {
      scene = sceneOf(job);
    } catch (error) {
      fail(`scene ${job.type === 'build' ? job.scene : ''}: ${String(error)}`);
      return;
    }
    if (scene === undefined) {
      // drawn once its module arrives, unless a newer job has replaced it meanwhile
      if (!pending.has(job.id)) pending.set(job.id, job);
      continue;
    }
    if (scene === null) continue;
    fit(canvas, job.view);
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    paintScene(ctx, scene, job.view, cells);
    // kept here and reported once a drag ends: a message per step would cost the page a task
    times.get(job.id)?.push(performance.now() - t0);
    if (job.ack) scope.postMessage({ type: 'drawn', id: job.id, seq: job.seq });
  }
}

function schedule() {
  if (scheduled || pending.size === 0) return;
  scheduled = true;
  setTimeout(flush, 0);
}

/** A scene with one of each operation, big enough for the painter's loops to be compiled. */
function sampleScene(n: number): Scene {
  const xs = Float64Array.from({ length: n }, (_, i) => (i * 300) / n);
  const ys = xs.map((x) => 150 + 100 * Math.sin(x / 20));
  const points = Float64Array.from(
    { length: 2 * n },
    (_, i) => (i % 2 ? ys[i >> 1] : xs[i >> 1]) ?? 0,
  );
  const scores = Float64Array.from({ length: n * n }, (_, i) => Math.sin(i));
  const colours = sequentialColours([0, 1]);
  const box = { x: 0, y: 0, w: 300, h: 300, rows: n, cols: n };
  const ops: Op[] = [
    { op: 'rect', x: 0, y: 0, w: 300, h: 300, fill: '#fff', alpha: 0.5 },
    { op: 'clip', x: 0, y: 0, w: 300, h: 300 },
    { op: 'cells', values: scores, colours, ...box },
    { op: 'softmax-cells', scores, temperature: 0.5, causal: true, colours, ...box },
    { op: 'softmax-cells', scores, temperature: 2, causal: false, colours, ...box },
    { op: 'polyline', points, stroke: '#000', width: 1.5, dash: [2, 3] },
    { op: 'dots', points, r: 2, fill: '#000' },
    { op: 'circle', x: 10, y: 10, r: 5, fill: '#000', stroke: '#fff', width: 2 },
    { op: 'unclip' },
    { op: 'text', x: 5, y: 5, text: '0.123', font: '12px sans-serif', fill: '#000' },
    {
      op: 'texts',
      xs,
      ys,
      texts: Array.from(xs, (x) => x.toFixed(2)),
      inks: Array.from(xs, (_, i) => i % 2),
      fills: ['#000', '#fff'],
      font: '11px monospace',
      align: 'center',
      baseline: 'middle',
    },
  ];
  return { viewBox: { width: 300, height: 300 }, ops };
}

let painterWarm = false;

/**
 * Paints a sample of every operation off screen a few times, once per worker, when the first
 * overlay attaches: a drag's first draw on cold code took 40 ms (attention at 128 tokens, 4×
 * CPU), so its answer, and the overlay, came frames late. It costs this thread, not the page's.
 */
function warmPainter() {
  if (painterWarm) return;
  painterWarm = true;
  setTimeout(() => {
    const ctx = new OffscreenCanvas(300, 300).getContext('2d');
    const view = { width: 300, height: 300, dpr: 1 };
    try {
      for (const n of [128, 64, 16]) if (ctx) paintScene(ctx, sampleScene(n), view, cells);
    } catch {
      // a warm-up only saves time: a real draw that fails the same way reports it
    }
  }, 0);
}

const warmed = new Set<PainterModuleName>();

/**
 * Builds and paints each warm-up value off screen once the module is loaded, once per module,
 * so a drag's first steps run compiled code: on a fresh page the first frames of a drag were
 * the likeliest to be long (docs/decisions.md). It costs this thread, not the page's.
 */
function warmUp(name: PainterModuleName, id: number, values: readonly unknown[]) {
  if (warmed.has(name) || values.length === 0) return void load(name);
  warmed.add(name);
  void load(name).then((module) => {
    const canvas = canvases.get(id);
    const view: Viewport = {
      width: canvas ? canvas.width : 320,
      height: canvas ? canvas.height : 220,
      dpr: 1,
    };
    const offscreen = new OffscreenCanvas(view.width, view.height);
    const ctx = offscreen.getContext('2d');
    for (const scene of Object.keys(module.scenes)) {
      for (const value of values) {
        const built = build(module, scene, value, {});
        if (built && ctx) paintScene(ctx, built, view, cells);
      }
    }
  });
}

scope.onmessage = (event) => receive(event.data);

function receive(message: ToPainter) {
  if (message.type === 'batch') {
    for (const one of message.messages) receive(one);
  } else if (message.type === 'attach') {
    canvases.set(message.id, message.canvas);
    times.set(message.id, []);
    warmPainter();
    if (message.module) warmUp(message.module, message.id, message.warm ?? []);
  } else if (message.type === 'detach') {
    canvases.delete(message.id);
    pending.delete(message.id);
    times.delete(message.id);
    themes.delete(message.id);
  } else if (message.type === 'size') {
    const canvas = canvases.get(message.id);
    if (!canvas) return;
    const { width, height } = canvas;
    fit(canvas, message.view);
    // an empty frame at the new size: the page's canvas takes a size from the frames it is
    // sent, and learning it from a drag's first draw made that frame lay out the page
    if (canvas.width !== width || canvas.height !== height) {
      canvas.getContext('2d')?.clearRect(0, 0, 1, 1);
    }
  } else if (message.type === 'report') {
    scope.postMessage({ type: 'times', id: message.id, ms: times.get(message.id) ?? [] });
    times.set(message.id, []);
  } else {
    // a newer scene for the canvas replaces an undrawn one, but keeps its request for an answer
    const before = pending.get(message.id);
    const ack = message.ack || (before?.ack ?? false);
    if (message.type === 'build' && message.vars) themes.set(message.id, message.vars);
    pending.set(message.id, { ...message, ack });
    schedule();
  }
}
