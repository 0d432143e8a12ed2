// The four functions the widget descends. Each loss and gradient is plain arithmetic on purpose:
// the math core's helpers throw on non-finite values, but a diverging run must be allowed to
// overflow to Infinity so gradientDescent can stop there and the widget can say "diverged".
import { dot, gradientDescentTrace } from '../../math';

export const fnNames = ['quadratic', 'regression', 'bumpy', 'valley'] as const;
export type FnName = (typeof fnNames)[number];

/** Names for the function picker. */
export const fnTitles: Record<FnName, string> = {
  quadratic: 'x²',
  regression: 'Regression',
  bumpy: 'Bumpy',
  valley: 'Valley (2-D)',
};

/** The running regression example (SYLLABUS §3): fit y = w·x by mean squared error. */
export const REGRESSION_X: readonly number[] = [1, 2, 3, 4, 5];
export const REGRESSION_Y: readonly number[] = [2.1, 3.9, 6.2, 7.8, 10.1];

export interface Objective {
  name: FnName;
  /** The formula in plain text, e.g. "f(x) = x²". */
  formula: string;
  /** Parameter symbols: ['w'], ['x'] or ['x', 'y']. */
  symbols: readonly string[];
  loss: (p: readonly number[]) => number;
  grad: (p: readonly number[]) => number[];
  /**
   * Curvatures along the principal axes (the Hessian's eigenvalues) when they are the same
   * everywhere (a quadratic); null when they change with the point (bumpy).
   */
  curvatures: readonly number[] | null;
  /** Where the widget starts, and the learning rate it suggests for this function. */
  start: readonly number[];
  learningRate: number;
  /** Plot range per parameter; start points must lie inside it. */
  domain: readonly (readonly [number, number])[];
  /** The lowest value of the loss: the loss chart plots loss − floor on a log axis. */
  floor: number;
  /** Minima to mark on the plot. */
  minima: readonly { at: readonly number[]; label: string }[];
}

const first = (p: readonly number[]) => p[0] ?? 0;

function regressionLoss(p: readonly number[]): number {
  const w = first(p);
  let s = 0;
  for (let i = 0; i < REGRESSION_X.length; i++) {
    const r = w * (REGRESSION_X[i] as number) - (REGRESSION_Y[i] as number);
    s += r * r;
  }
  return s / REGRESSION_X.length;
}

function regressionGrad(p: readonly number[]): number[] {
  const w = first(p);
  let s = 0;
  for (let i = 0; i < REGRESSION_X.length; i++) {
    const x = REGRESSION_X[i] as number;
    s += (w * x - (REGRESSION_Y[i] as number)) * x;
  }
  return [(2 / REGRESSION_X.length) * s];
}

/** L″(w) = 2·mean(x²) = 22 for the syllabus data: the same at every w. */
export const REGRESSION_CURVATURE =
  (2 * REGRESSION_X.reduce((s, x) => s + x * x, 0)) / REGRESSION_X.length;

/** The least-squares slope Σxy / Σx² = 2.003636…: where the regression loss is lowest. */
export const REGRESSION_BEST_W = dot(REGRESSION_X, REGRESSION_Y) / dot(REGRESSION_X, REGRESSION_X);

/** f(x) = 0.1x⁴ − x² + 0.5x: two valleys, the left one deeper. */
export const bumpyLoss = (p: readonly number[]) => {
  const x = first(p);
  return 0.1 * x ** 4 - x * x + 0.5 * x;
};
const bumpyGrad = (p: readonly number[]) => {
  const x = first(p);
  return [0.4 * x ** 3 - 2 * x + 0.5];
};
/** f″(x) = 1.2x² − 2: the curvature changes with x, so there is no single stability limit. */
export const bumpyCurvature = (x: number) => 1.2 * x * x - 2;

// The bumpy function's stationary points, found by the math core's own descent (and ascent, on
// −f): the walkthrough in the lesson quotes these numbers. Found the first time the bumpy
// function needs them, not when this module loads: the three 3,000-step runs were ~70 ms of the
// gradient-descent lesson's load at 1× CPU (the first widget render waited for them) although
// the widget opens on another function. The flat trace skips building 9,000 path objects.
const settle = (sign: 1 | -1, x0: number): number => {
  const t = gradientDescentTrace({
    loss: (p) => sign * bumpyLoss(p),
    grad: (p) => bumpyGrad(p).map((g) => sign * g),
    x0: [x0],
    learningRate: 0.05,
    steps: 3000,
  });
  return t.xs[t.count - 1] ?? x0;
};

export interface BumpyStationaryPoints {
  /** The deeper, left valley's minimum (x ≈ −2.352). */
  globalMin: number;
  /** The right valley's minimum (x ≈ 2.099). */
  localMin: number;
  /** The hilltop between the two valleys: starts to its right roll into the local minimum. */
  ridge: number;
}

let stationary: BumpyStationaryPoints | undefined;

/** The bumpy function's two minima and the ridge between them, found once and kept. */
export function bumpyStationaryPoints(): BumpyStationaryPoints {
  stationary ??= { globalMin: settle(1, -3), localMin: settle(1, 3), ridge: settle(-1, 0) };
  return stationary;
}

const latest = new Map<FnName, { kappa: number; objective: Objective }>();

/**
 * The objective for `name`; κ (kappa) shapes the 2-D valley only. The same call returns the same
 * object, so views can memoise on it (the curve is resampled only when the function changes).
 */
export function objective(name: FnName, kappa: number): Objective {
  const k = name === 'valley' ? kappa : 0;
  const hit = latest.get(name);
  if (hit?.kappa === k) return hit.objective;
  const made = build(name, kappa);
  latest.set(name, { kappa: k, objective: made });
  return made;
}

function build(name: FnName, kappa: number): Objective {
  switch (name) {
    case 'quadratic':
      return {
        name,
        formula: 'f(x) = x²',
        symbols: ['x'],
        loss: (p) => first(p) ** 2,
        grad: (p) => [2 * first(p)],
        curvatures: [2],
        start: [3],
        learningRate: 0.1,
        domain: [[-4, 4]],
        floor: 0,
        minima: [{ at: [0], label: 'minimum' }],
      };
    case 'regression':
      return {
        name,
        formula: 'L(w) = mean((w·xᵢ − yᵢ)²)',
        symbols: ['w'],
        loss: regressionLoss,
        grad: regressionGrad,
        curvatures: [REGRESSION_CURVATURE],
        start: [0],
        learningRate: 0.01,
        domain: [[-1, 5]],
        floor: 0,
        minima: [{ at: [REGRESSION_BEST_W], label: 'best w' }],
      };
    case 'bumpy': {
      const { globalMin, localMin } = bumpyStationaryPoints();
      return {
        name,
        formula: 'f(x) = 0.1x⁴ − x² + 0.5x',
        symbols: ['x'],
        loss: bumpyLoss,
        grad: bumpyGrad,
        curvatures: null,
        start: [3],
        learningRate: 0.05,
        domain: [[-3.5, 3.5]],
        floor: bumpyLoss([globalMin]),
        minima: [
          { at: [globalMin], label: 'global' },
          { at: [localMin], label: 'local' },
        ],
      };
    }
    case 'valley':
      return {
        name,
        formula: 'f(x, y) = ½(x² + κy²)',
        symbols: ['x', 'y'],
        loss: (p) => 0.5 * (first(p) ** 2 + kappa * (p[1] ?? 0) ** 2),
        grad: (p) => [first(p), kappa * (p[1] ?? 0)],
        curvatures: [1, kappa],
        start: [-4, 2],
        learningRate: 0.18,
        domain: [
          [-5, 5],
          [-3, 3],
        ],
        floor: 0,
        minima: [{ at: [0, 0], label: 'minimum' }],
      };
  }
}
