// What the learning rate does on a quadratic, predicted before any step is taken. Along a
// direction of curvature λ the error e = x − x* obeys e ← (1 + β − ηλ)e − β·e_prev (heavy-ball
// momentum β; β = 0 is plain descent, e ← (1 − ηλ)e). The roots of z² − (1 + β − ηλ)z + β = 0
// say everything: the larger |z| is the factor the error shrinks by per step, and a negative or
// complex root means the iterates swing from side to side.
import { criticalLearningRate } from '../../math';

export type Regime = 'diverging' | 'edge' | 'one-step' | 'oscillating' | 'slow' | 'converging';

/** Above this per-step factor the error needs more than ~45 steps to shrink tenfold. */
export const SLOW_RATE = 0.95;
const EDGE_TOLERANCE = 1e-9;
/** A swing that shrinks a hundredfold in two steps is invisible: not worth calling a zig-zag. */
const VISIBLE_SWING = 0.1;

export interface AxisDynamics {
  curvature: number;
  /** The factor the error shrinks by per step (≥ 1: it does not shrink). */
  rate: number;
  /** True when the iterates swing across the minimum along this axis. */
  oscillates: boolean;
}

export function axisDynamics(curvature: number, eta: number, beta: number): AxisDynamics {
  const b = 1 + beta - eta * curvature;
  const disc = b * b - 4 * beta;
  if (disc < 0) {
    // complex pair: |z|² = product of the roots = β, and the iterates spiral in
    return { curvature, rate: Math.sqrt(beta), oscillates: true };
  }
  const root = Math.sqrt(disc);
  const z1 = (b + root) / 2;
  const z2 = (b - root) / 2;
  const dominant = Math.abs(z1) >= Math.abs(z2) ? z1 : z2;
  return { curvature, rate: Math.abs(dominant), oscillates: dominant < 0 };
}

/**
 * The stability limit 2(1 + β)/λ_max: plain descent's 2/L, widened by momentum. Computed as the
 * math core's critical rate of the curvature λ/(1 + β).
 */
export function stabilityLimit(curvatures: readonly number[], beta: number): number {
  const largest = Math.max(...curvatures);
  return criticalLearningRate(largest / (1 + beta));
}

export interface Prediction {
  regime: Regime;
  /** The slowest axis's factor per step. */
  rate: number;
  axes: AxisDynamics[];
  limit: number;
}

/** The regime of descent with rate η and momentum β on a quadratic with these curvatures. */
export function predict(curvatures: readonly number[], eta: number, beta: number): Prediction {
  const axes = curvatures.map((c) => axisDynamics(c, eta, beta));
  const rate = Math.max(...axes.map((a) => a.rate));
  const limit = stabilityLimit(curvatures, beta);
  let regime: Regime;
  if (Math.abs(rate - 1) < EDGE_TOLERANCE) regime = 'edge';
  else if (rate > 1) regime = 'diverging';
  else if (rate < EDGE_TOLERANCE) regime = 'one-step';
  else if (axes.some((a) => a.oscillates && a.rate > VISIBLE_SWING)) regime = 'oscillating';
  else if (rate > SLOW_RATE) regime = 'slow';
  else regime = 'converging';
  return { regime, rate, axes, limit };
}
