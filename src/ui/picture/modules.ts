// Scenes the painter worker builds itself. Most overlays build their scene on the page and post
// it (PictureOverlay's `build` function). Where building costs real time per step (gradient
// descent runs its model: 1.4 ms a step at 4× CPU, plus 1.1 ms to post the two scenes), the
// widget names a module here instead: its overlay then posts only the step's value (a few
// numbers), and the worker runs the model, builds the scene and paints it, off the main thread.
// Only the worker imports this file; the page uses its types.
import type { Scene } from './scene';

export interface PainterModule {
  /** Scene builders by name, each from the value the overlay posts (structured-cloned). */
  readonly scenes: Readonly<Record<string, (value: never) => Scene | null>>;
}

export const painterModules = {
  'gradient-descent': () => import('../../widgets/GradientDescent/painter'),
} satisfies Record<string, () => Promise<PainterModule>>;

export type PainterModuleName = keyof typeof painterModules;

/**
 * An overlay's scene built in the worker: `scene` of `module` (painterModules). `build` is that
 * same function, so the posted value is type-checked and tests can build what the worker would;
 * `vars` lists the theme's custom properties its scenes use (the worker has no stylesheet).
 */
export interface RemoteScene<T> {
  readonly module: PainterModuleName;
  readonly scene: string;
  readonly build: (value: T) => Scene | null;
  readonly vars: readonly string[];
}
