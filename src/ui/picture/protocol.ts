// Messages between the page and the painter worker (painter.worker.ts).
import type { Viewport } from './paint';
import type { Scene } from './scene';

export type ToPainter =
  | { type: 'attach'; id: number; canvas: OffscreenCanvas }
  | { type: 'detach'; id: number }
  /**
   * The overlay's size, sent whenever its box changes: the worker sizes the canvas then, so a
   * drag's first draw does not resize it (a resize makes the page lay out and re-layer).
   */
  | { type: 'size'; id: number; view: Viewport }
  /** `ack`: answer with 'drawn' once it is drawn (the first scene of a drag). */
  | { type: 'draw'; id: number; seq: number; scene: Scene; view: Viewport; ack: boolean }
  /** Answer with the draw times since the last report (sent when a drag ends). */
  | { type: 'report'; id: number };

export type FromPainter =
  | { type: 'drawn'; id: number; seq: number }
  /** How long each draw took in the worker, in ms. */
  | { type: 'times'; id: number; ms: number[] };
