// While a pointer drags a kit slider, a widget's picture is drawn by a worker on a canvas laid
// over it, and the DOM picture underneath holds still. At 4× CPU throttling a frame leaves the
// main thread about 4 ms of real work, and redrawing an SVG plot there takes more; posting a
// scene to the worker takes a fraction of a millisecond (docs/benchmarks.md, decisions.md).
// Where there is no OffscreenCanvas, or the worker fails, the DOM picture follows the drag as
// before: usePainter() is false and no overlay is shown.
import { memo, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { LiveSource } from '../liveSource';
import type { RemoteScene } from './modules';
import type { FromPainter, ToPainter } from './protocol';
import { resolveScene } from './scene';
import type { Scene } from './scene';

/** Set on the overlay's parent once the worker has drawn the drag's first scene. */
export const PREVIEW_ATTRIBUTE = 'data-picture-preview';
/** A User Timing measure per worker draw (its duration is the worker's), for the bench. */
export const DRAW_MEASURE = 'picture draw (worker)';

let worker: Worker | null = null;
let failed = false;
const failListeners = new Set<() => void>();
const handlers = new Map<number, (seq: number) => void>();
let nextId = 1;
let measures = 0;

function supported(): boolean {
  return (
    !failed &&
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof HTMLCanvasElement === 'function' &&
    'transferControlToOffscreen' in HTMLCanvasElement.prototype
  );
}

function fail() {
  failed = true;
  worker?.terminate();
  worker = null;
  for (const listener of failListeners) listener();
}

function painter(): Worker | null {
  if (!supported()) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./painter.worker.ts', import.meta.url), {
      type: 'module',
      name: 'picture painter',
    });
  } catch {
    fail();
    return null;
  }
  worker.onmessage = (event: MessageEvent<FromPainter>) => {
    const message = event.data;
    if (message.type === 'times') recordTimes(message.ms);
    else if (message.type === 'failed') fail();
    else handlers.get(message.id)?.(message.seq);
  };
  worker.onerror = fail;
  return worker;
}

/** Each draw's worker time as a User Timing measure (read by the bench), at most 2,000 kept. */
function recordTimes(times: readonly number[]) {
  if (typeof performance.measure !== 'function') return;
  const end = performance.now();
  for (const ms of times) {
    if (++measures > 2000) {
      performance.clearMeasures(DRAW_MEASURE);
      measures = 1;
    }
    performance.measure(DRAW_MEASURE, { start: end - ms, end });
  }
}

// What the page posts in one task reaches the worker as one message: a gradient-descent step
// draws two overlays, and each postMessage costs the page's thread (0.4–0.9 ms a step at 4×
// CPU, profiled) and wakes the worker. Sent at the end of the task, in order.
let queued: { messages: ToPainter[]; transfer: Transferable[] } | null = null;

function post(message: ToPainter, transfer: Transferable[] = []) {
  if (!painter()) return;
  if (!queued) {
    queued = { messages: [], transfer: [] };
    queueMicrotask(sendQueued);
  }
  queued.messages.push(message);
  queued.transfer.push(...transfer);
}

function sendQueued() {
  const batch = queued;
  queued = null;
  const [first] = batch?.messages ?? [];
  if (!batch || !first) return;
  const message: ToPainter =
    batch.messages.length === 1 ? first : { type: 'batch', messages: batch.messages };
  painter()?.postMessage(message, batch.transfer);
}

function subscribeFailure(listener: () => void) {
  failListeners.add(listener);
  return () => {
    failListeners.delete(listener);
  };
}

/**
 * Whether the painter can draw here (OffscreenCanvas, module workers, no failure yet): a widget
 * then gives its picture's sliders onLive and draws their drags with PictureOverlay. False turns
 * it back to the DOM picture following every step.
 */
export function usePainter(): boolean {
  return useSyncExternalStore(subscribeFailure, supported, () => false);
}

// A canvas hands its control to the worker once; StrictMode's remount must reuse that handle
const attached = new WeakMap<HTMLCanvasElement, { id: number; detach: number }>();

interface OverlayState {
  id: number;
  seq: number;
  /** The first draw of the current drag (shown once it is drawn); Infinity when hidden. */
  shownFrom: number;
  width: number;
  height: number;
  vars: Map<string, string>;
}

interface PictureOverlayProps<T> {
  /** A live drag's values (src/ui/liveSource.ts): null outside one. */
  source: LiveSource<T>;
  /**
   * The scene of one value; `start` is true for a drag's first (measure the page then, not per
   * step). Or a scene the worker builds (modules.ts): each step then posts only the value,
   * which must survive structured cloning. Give a stable function or object (a module-level
   * one, or memoised): a new one re-subscribes.
   */
  build: ((value: T, start: boolean) => Scene | null) | RemoteScene<T>;
  /**
   * For a scene the worker builds: values it builds and paints off screen once the overlay is
   * attached, so the reader's first drag runs warm code. Read once, at mount.
   */
  warm?: readonly T[];
}

/**
 * A canvas over its parent (which must be positioned) showing the scene of `source`'s value
 * while it has one, drawn by the painter worker. It listens to the source itself: a live drag's
 * step renders nothing in React. The parent gets PREVIEW_ATTRIBUTE once the first scene is on
 * screen, so its CSS can hide the DOM parts the scene replaces; when the drag ends the
 * attribute goes and they return.
 */
function PictureOverlayInner<T>({ source, build, warm }: PictureOverlayProps<T>) {
  const ref = useRef<HTMLCanvasElement>(null);
  // what the worker is told at attach: the module to load and warm (the first render's)
  const [attachment] = useState(() =>
    typeof build === 'function' ? {} : { module: build.module, warm: warm ?? [] },
  );
  const state = useRef<OverlayState>({
    id: 0,
    seq: 0,
    shownFrom: Infinity,
    width: 0,
    height: 0,
    vars: new Map(),
  });

  useEffect(() => {
    const canvas = ref.current;
    const s = state.current;
    if (!canvas || !painter()) return;
    let entry = attached.get(canvas);
    if (entry) window.clearTimeout(entry.detach);
    else {
      try {
        const offscreen = canvas.transferControlToOffscreen();
        entry = { id: nextId++, detach: 0 };
        post({ type: 'attach', id: entry.id, canvas: offscreen, ...attachment }, [offscreen]);
        attached.set(canvas, entry);
      } catch {
        return;
      }
    }
    const id = entry.id;
    s.id = id;
    handlers.set(id, (seq) => {
      const parent = canvas.parentElement;
      // set once per drag: even an unchanged attribute restyles what its selectors reach
      if (seq >= s.shownFrom && parent && !parent.hasAttribute(PREVIEW_ATTRIBUTE)) {
        parent.setAttribute(PREVIEW_ATTRIBUTE, '');
      }
    });
    const observer =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(([box]) => {
            if (!box) return;
            s.width = box.contentRect.width;
            s.height = box.contentRect.height;
            // sized now, while nothing is dragged: a first draw that resized the canvas would
            // make that frame lay out the page and rebuild its layers
            if (s.width > 0 && s.height > 0) {
              const view = { width: s.width, height: s.height, dpr: window.devicePixelRatio || 1 };
              post({ type: 'size', id, view });
            }
          })
        : null;
    observer?.observe(canvas);
    return () => {
      observer?.disconnect();
      handlers.delete(id);
      s.id = 0;
      canvas.parentElement?.removeAttribute(PREVIEW_ATTRIBUTE);
      const current = attached.get(canvas);
      if (current) {
        current.detach = window.setTimeout(() => {
          attached.delete(canvas);
          post({ type: 'detach', id });
        }, 0);
      }
    };
  }, [attachment]);

  useEffect(() => {
    const canvas = ref.current;
    const s = state.current;
    if (!canvas) return undefined;
    // the theme's colours and fonts, read once per drag: the worker has no stylesheet
    let style: CSSStyleDeclaration | null = null;
    const lookup = (name: string) => {
      let found = s.vars.get(name);
      if (found === undefined) {
        style ??= getComputedStyle(canvas);
        found = style.getPropertyValue(name);
        s.vars.set(name, found);
      }
      return found;
    };
    const hide = () => {
      if (s.shownFrom !== Infinity) post({ type: 'report', id: s.id });
      s.shownFrom = Infinity;
      s.vars.clear();
      style = null;
      canvas.parentElement?.removeAttribute(PREVIEW_ATTRIBUTE);
    };
    const show = (value: T | null) => {
      if (s.id === 0) return;
      if (value === null) return hide();
      const start = s.shownFrom === Infinity;
      // a scene built here (null hides the overlay), or none: the worker builds it
      const scene = typeof build === 'function' ? build(value, start) : undefined;
      if (scene === null) return hide();
      if (s.width === 0 || s.height === 0) {
        // only before the observer's first report (a drag in the page's first frames)
        const box = canvas.getBoundingClientRect();
        s.width = box.width;
        s.height = box.height;
      }
      const seq = ++s.seq;
      if (start) s.shownFrom = seq;
      const view = { width: s.width, height: s.height, dpr: window.devicePixelRatio || 1 };
      if (scene) {
        post({ type: 'draw', id: s.id, seq, scene: resolveScene(scene, lookup), view, ack: start });
      } else if (typeof build !== 'function') {
        const vars = start ? Object.fromEntries(build.vars.map((v) => [v, lookup(v)])) : null;
        const { module, scene: name } = build;
        post({ type: 'build', id: s.id, seq, module, scene: name, value, vars, view, ack: start });
      }
    };
    return source.subscribe(() => show(source.get()));
  }, [source, build]);

  return <canvas ref={ref} className="picture-overlay" aria-hidden="true" />;
}

export const PictureOverlay = memo(PictureOverlayInner) as typeof PictureOverlayInner;
