// TinyClassifier's model: logistic regression p = σ(w₁x + w₂y + b) trained by full-batch
// gradient descent on the mean cross-entropy, with the math core's gradientDescentTrace. A run
// is extended step by step (Play) without recomputing from the start: plain gradient descent
// from θ_k is the same whether it started at 0 or resumed at step k.
import { eigenSymmetric, gradientDescentTrace, matmul, sigmoid, transpose } from '../../math';
import type { Point } from './data';

/** Most steps a run may take (the URL clamps to this). */
export const MAX_STEPS = 1000;

/** Parameters θ = [w₁, w₂, b]. */
export type Theta = readonly [number, number, number];

/**
 * Mean cross-entropy of the points at θ, from the logits: softplus(z) − y·z equals
 * −ln σ(z) for y = 1 and −ln(1 − σ(z)) for y = 0 (= −logSoftmax([0, z])[y]), and never takes
 * the log of 0, so it stays finite however large the weights get.
 */
export function meanLoss(points: readonly Point[], t: readonly number[]): number {
  const [w1 = 0, w2 = 0, b = 0] = t;
  let sum = 0;
  for (const p of points) {
    const z = w1 * p.x + w2 * p.y + b;
    sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - p.label * z;
  }
  return sum / points.length;
}

/** ∇θ of the mean cross-entropy: the mean of (σ(z) − y)·[x, y, 1] (p − y times the input). */
export function meanGradient(points: readonly Point[], t: readonly number[]): number[] {
  const [w1 = 0, w2 = 0, b = 0] = t;
  const g = [0, 0, 0];
  for (const p of points) {
    const r = sigmoid(w1 * p.x + w2 * p.y + b) - p.label;
    g[0] = (g[0] ?? 0) + r * p.x;
    g[1] = (g[1] ?? 0) + r * p.y;
    g[2] = (g[2] ?? 0) + r;
  }
  return g.map((v) => v / points.length);
}

/**
 * Curvature of the loss at θ = 0, where σ′ = 1/4 everywhere: L = ¼ λ_max(X̃ᵀX̃ / n) with rows
 * x̃ = [x, y, 1]. Steps above 2/L overshoot from the very first update.
 */
export function startCurvature(points: readonly Point[]): number {
  const X = points.map((p) => [p.x, p.y, 1]);
  const m = matmul(transpose(X), X).map((row) => row.map((v) => v / points.length));
  return 0.25 * (eigenSymmetric(m).values[0] ?? 0);
}

/** A training run so far: θ and the loss after each step (index 0 = before training). */
export interface Run {
  thetas: Theta[];
  losses: number[];
  gradNorms: number[];
}

export function startRun(points: readonly Point[]): Run {
  const g = meanGradient(points, [0, 0, 0]);
  return {
    thetas: [[0, 0, 0]],
    losses: [meanLoss(points, [0, 0, 0])],
    gradNorms: [Math.hypot(...g)],
  };
}

/** The run extended to `steps` steps (unchanged when it already has them). */
export function extendRun(run: Run, points: readonly Point[], lr: number, steps: number): Run {
  const have = run.thetas.length - 1;
  if (steps <= have) return run;
  const trace = gradientDescentTrace({
    loss: (t) => meanLoss(points, t),
    grad: (t) => meanGradient(points, t),
    x0: run.thetas[have] ?? [0, 0, 0],
    learningRate: lr,
    steps: steps - have,
  });
  const thetas = [...run.thetas];
  const losses = [...run.losses];
  const gradNorms = [...run.gradNorms];
  for (let k = 1; k < trace.count; k++) {
    const at = (i: number) => trace.xs[3 * k + i] ?? 0;
    const gAt = (i: number) => trace.grads[3 * k + i] ?? 0;
    thetas.push([at(0), at(1), at(2)]);
    losses.push(trace.losses[k] ?? Infinity);
    gradNorms.push(Math.hypot(gAt(0), gAt(1), gAt(2)));
  }
  return { thetas, losses, gradNorms };
}

/** Fraction of points on the correct side of the boundary (p ≥ 0.5 means class 1). */
export function accuracy(points: readonly Point[], t: Theta): number {
  let right = 0;
  for (const p of points) {
    const z = t[0] * p.x + t[1] * p.y + t[2];
    if ((z >= 0 ? 1 : 0) === p.label) right++;
  }
  return right / points.length;
}
