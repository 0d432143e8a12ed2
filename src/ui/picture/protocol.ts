// Messages between the page and the painter worker (painter.worker.ts).
import type { PainterModuleName } from './modules';
import type { Viewport } from './paint';
import type { Scene } from './scene';

export type ToPainter =
  /**
   * `module`: the overlay's scenes are built in the worker (modules.ts): load that module now
   * and warm it up by building and painting the `warm` values off screen.
   */
  | {
      type: 'attach';
      id: number;
      canvas: OffscreenCanvas;
      module?: PainterModuleName;
      warm?: readonly unknown[];
    }
  | { type: 'detach'; id: number }
  /**
   * The overlay's size, sent whenever its box changes: the worker sizes the canvas then, so a
   * drag's first draw does not resize it (a resize makes the page lay out and re-layer).
   */
  | { type: 'size'; id: number; view: Viewport }
  /** `ack`: answer with 'drawn' once it is drawn (the first scene of a drag). */
  | { type: 'draw'; id: number; seq: number; scene: Scene; view: Viewport; ack: boolean }
  /**
   * Like 'draw', but the worker builds the scene: `scene` of `module` applied to `value`.
   * `vars`: the theme's custom properties the scene uses, sent with a drag's first build.
   */
  | {
      type: 'build';
      id: number;
      seq: number;
      module: PainterModuleName;
      scene: string;
      value: unknown;
      vars: Readonly<Record<string, string>> | null;
      view: Viewport;
      ack: boolean;
    }
  /** Answer with the draw times since the last report (sent when a drag ends). */
  | { type: 'report'; id: number }
  /** The messages one task of the page posted, in order (a step that draws two overlays). */
  | { type: 'batch'; messages: ToPainter[] };

export type FromPainter =
  | { type: 'drawn'; id: number; seq: number }
  /** How long each draw took in the worker, in ms. */
  | { type: 'times'; id: number; ms: number[] }
  /** A module of scenes could not be loaded or built a scene: the page stops using the painter. */
  | { type: 'failed'; reason: string };
