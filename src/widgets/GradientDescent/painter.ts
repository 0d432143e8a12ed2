// GradientDescent's scenes as the painter worker builds them (src/ui/picture/modules.ts). A live
// slider drag posts only the run's input; the worker runs the model and builds the path and the
// loss chart from it, so the page's main thread spends a step on the slider and one small
// postMessage for both overlays (PictureOverlay batches a task's posts).
import type { RemoteScene } from '../../ui/picture/modules';
import { gradientDescentRun } from './model';
import type { GdInput, GdRun } from './model';
import { contourScene, curveScene, lossScene } from './preview';

// the two overlays build from the same input each step: one run serves both
let last: { key: string; run: GdRun } | null = null;
function runOf(input: GdInput): GdRun {
  const key = JSON.stringify(input);
  if (last?.key !== key) last = { key, run: gradientDescentRun(input) };
  return last.run;
}

export const scenes = {
  /** The path of iterates over the curve (1-D) or the contours (2-D). */
  path: (input: GdInput) => {
    const run = runOf(input);
    return run.objective.symbols.length === 2 ? contourScene(run) : curveScene(run);
  },
  /** The whole loss chart. */
  loss: (input: GdInput) => lossScene(runOf(input)),
};

/** The theme's custom properties the scenes use (checked by painter.test.ts). */
const VARS = [
  '--accent',
  '--bg-raised',
  '--error',
  '--font-body',
  '--font-mono',
  '--text',
  '--text-muted',
  '--vec-b',
] as const;

export const pathOverlay: RemoteScene<GdInput> = {
  module: 'gradient-descent',
  scene: 'path',
  build: scenes.path,
  vars: VARS,
};

export const lossOverlay: RemoteScene<GdInput> = {
  module: 'gradient-descent',
  scene: 'loss',
  build: scenes.loss,
  vars: VARS,
};
