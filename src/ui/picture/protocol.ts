// Messages between the page and the painter worker (painter.worker.ts).
import type { Viewport } from './paint';
import type { Scene } from './scene';

export type ToPainter =
  | { type: 'attach'; id: number; canvas: OffscreenCanvas }
  | { type: 'detach'; id: number }
  | { type: 'draw'; id: number; seq: number; scene: Scene; view: Viewport };

/** After each draw: which one, and how long it took in the worker (ms). */
export interface FromPainter {
  type: 'drawn';
  id: number;
  seq: number;
  ms: number;
}
