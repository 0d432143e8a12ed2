// The painter: draws each overlay's latest scene on the OffscreenCanvas the page handed over.
// It runs beside the page's main thread, so a dragged slider's picture costs that thread only
// a postMessage per step. Draws are coalesced: of the scenes that arrive while one is being
// drawn, only each canvas's newest is drawn.
import { paintScene } from './paint';
import type { CellCanvas, Viewport } from './paint';
import type { FromPainter, ToPainter } from './protocol';

// typed by hand: the project's lib is the DOM's, not WebWorker's
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToPainter>) => void) | null;
  postMessage(message: FromPainter): void;
};

const canvases = new Map<number, OffscreenCanvas>();
const times = new Map<number, number[]>();
const pending = new Map<number, Extract<ToPainter, { type: 'draw' }>>();
let scheduled = false;

let scratch: OffscreenCanvas | null = null;
const cells: CellCanvas = (cols, rows) => {
  scratch ??= new OffscreenCanvas(1, 1);
  if (scratch.width !== cols) scratch.width = cols;
  if (scratch.height !== rows) scratch.height = rows;
  const ctx = scratch.getContext('2d');
  return ctx ? { image: scratch, ctx } : null;
};

/** Sizes the canvas to `view` in device pixels; setting a size clears it, so only on change. */
function fit(canvas: OffscreenCanvas, view: Viewport) {
  const width = Math.max(1, Math.round(view.width * view.dpr));
  const height = Math.max(1, Math.round(view.height * view.dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

function flush() {
  scheduled = false;
  const jobs = [...pending.values()];
  pending.clear();
  for (const job of jobs) {
    const canvas = canvases.get(job.id);
    if (!canvas) continue;
    const t0 = performance.now();
    fit(canvas, job.view);
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    paintScene(ctx, job.scene, job.view, cells);
    // kept here and reported once a drag ends: a message per step would cost the page a task
    times.get(job.id)?.push(performance.now() - t0);
    if (job.ack) scope.postMessage({ type: 'drawn', id: job.id, seq: job.seq });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'attach') {
    canvases.set(message.id, message.canvas);
    times.set(message.id, []);
  } else if (message.type === 'detach') {
    canvases.delete(message.id);
    pending.delete(message.id);
    times.delete(message.id);
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
    const ack = message.ack || (pending.get(message.id)?.ack ?? false);
    pending.set(message.id, { ...message, ack });
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  }
};
