// GradientDescent's model: parameters in, everything the widget shows out. Pure; every number
// comes from the math core's gradientDescent on the objectives in functions.ts.
import { criticalLearningRate, gradientDescent } from '../../math';
import type { DescentPoint, DescentStatus } from '../../math';
import { bumpyCurvature, bumpyLoss, bumpyStationaryPoints, objective } from './functions';
import type { FnName, Objective } from './functions';
import { predict } from './regime';
import type { Prediction } from './regime';
import { describe } from './status';

/** The widget never runs more updates than this (a URL asking for more is clamped). */
export const MAX_STEPS = 1000;

export interface GdInput {
  fn: FnName;
  /** Learning rate η > 0. */
  eta: number;
  /** Momentum β in [0, 1). */
  beta: number;
  x0: readonly number[];
  /** Condition number of the valley, 1–100. */
  kappa: number;
  /** Updates taken so far, 0 … MAX_STEPS. */
  steps: number;
}

/** The update the Step button makes next, with every number substituted. */
export interface NextStep {
  /** Its number: step k moves from path[k − 1] to path[k]. */
  index: number;
  from: number[];
  grad: number[];
  /** What the step subtracts, divided by η: the gradient, or with momentum β·v + ∇L. */
  velocity: number[];
  to: number[];
}

/** For the bumpy function: which valley the run is in, and the stability limit there. */
export interface Basin {
  kind: 'local' | 'global';
  minimum: number;
  minLoss: number;
  otherMinimum: number;
  otherLoss: number;
  curvature: number;
  limit: number;
}

export interface GdView {
  input: GdInput;
  objective: Objective;
  /** path[0] is the start; path[k] the point after k updates. */
  path: DescentPoint[];
  current: DescentPoint;
  stepsTaken: number;
  /** The loss became too large for a float: the run stopped before `steps`. */
  overflowed: boolean;
  runStatus: DescentStatus;
  /** The regime η and β imply on a quadratic; null for the bumpy function. */
  prediction: Prediction | null;
  /** Where the start point's valley is (bumpy only). */
  basin: Basin | null;
  /** The stability limit to mark on the slider, and whether it holds only near one minimum. */
  limit: { value: number; local: boolean } | null;
  next: NextStep | null;
  status: string;
}

function basinOf(x: number): Basin {
  const { globalMin, localMin, ridge } = bumpyStationaryPoints();
  const local = x > ridge;
  const minimum = local ? localMin : globalMin;
  const otherMinimum = local ? globalMin : localMin;
  const curvature = bumpyCurvature(minimum);
  return {
    kind: local ? 'local' : 'global',
    minimum,
    minLoss: bumpyLoss([minimum]),
    otherMinimum,
    otherLoss: bumpyLoss([otherMinimum]),
    curvature,
    limit: criticalLearningRate(curvature),
  };
}

/**
 * What the pictures of a run need (the path, the loss chart): the run itself, without the
 * look-ahead step, the stability limit, the basin or the status sentence. A live slider drag
 * computes this each step (GradientDescent.tsx); its words wait for the hand to rest.
 */
export type GdRun = Pick<
  GdView,
  | 'input'
  | 'objective'
  | 'path'
  | 'current'
  | 'stepsTaken'
  | 'overflowed'
  | 'runStatus'
  | 'prediction'
>;

const optionsFor = (input: GdInput, obj: Objective) => ({
  loss: obj.loss,
  grad: obj.grad,
  x0: input.x0,
  learningRate: input.eta,
  momentum: input.beta,
});

export function gradientDescentRun(input: GdInput): GdRun {
  const obj = objective(input.fn, input.kappa);
  const run = gradientDescent({ ...optionsFor(input, obj), steps: input.steps });
  const current = run.path[run.path.length - 1] as DescentPoint;
  return {
    input,
    objective: obj,
    path: run.path,
    current,
    stepsTaken: run.stepsTaken,
    overflowed: run.stepsTaken < input.steps || !Number.isFinite(current.loss),
    runStatus: run.status,
    prediction: obj.curvatures ? predict(obj.curvatures, input.eta, input.beta) : null,
  };
}

export function gradientDescentModel(input: GdInput): GdView {
  const run = gradientDescentRun(input);
  const { objective: obj, current, prediction } = run;
  // one more update shows what Step will do; a second short run keeps the status about `steps`
  const ahead = gradientDescent({ ...optionsFor(input, obj), steps: input.steps + 1 });
  const after = ahead.path[run.stepsTaken + 1];
  const next: NextStep | null =
    after && Number.isFinite(current.loss)
      ? {
          index: run.stepsTaken + 1,
          from: current.x,
          grad: current.grad,
          velocity: current.x.map((v, i) => (v - (after.x[i] as number)) / input.eta),
          to: after.x,
        }
      : null;
  const startBasin = input.fn === 'bumpy' ? basinOf(input.x0[0] ?? 0) : null;
  const at = current.x[0] ?? 0;
  // after an overflow the last point says nothing about a valley: fall back to the start's
  const basin = startBasin && Number.isFinite(at) ? basinOf(at) : startBasin;
  const limit = prediction
    ? { value: prediction.limit, local: false }
    : startBasin
      ? { value: startBasin.limit, local: true }
      : null;
  const partial = { ...run, basin, limit, next };
  return { ...partial, status: describe(partial) };
}
