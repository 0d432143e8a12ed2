// Gradient descent (with optional heavy-ball momentum), its stability limit, and a
// central-difference gradient for checking hand-written derivatives.
import { checkInteger, checkNumber, checkVector, fmt } from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';
import { classifyRun } from './descentStatus';
import type { DescentStatus } from './descentStatus';

export type { DescentStatus } from './descentStatus';

/** One point of a descent path. */
export interface DescentPoint {
  /** Parameters at this point. */
  x: number[];
  /** Loss at x. */
  loss: number;
  /** Gradient ∇L(x). */
  grad: number[];
}

/** Options of gradientDescent. */
export interface GradientDescentOptions {
  /** The loss L(x) to minimise; called once per point. */
  loss: (x: readonly number[]) => number;
  /** Its gradient ∇L(x), the same length as x; called once per point. */
  grad: (x: readonly number[]) => readonly number[];
  /** Starting parameters (a one-parameter problem is a one-element array). */
  x0: Vector;
  /** Step size η, a finite number > 0. */
  learningRate: number;
  /** Number of updates, an integer ≥ 0 (capping it for a UI is the caller's job). */
  steps: number;
  /** Heavy-ball momentum β in [0, 1); default 0 (plain gradient descent). */
  momentum?: number;
}

/** What gradientDescent returns. */
export interface GradientDescentResult {
  /** path[0] is the start, path[k] the point after k updates. */
  path: DescentPoint[];
  /** The regime the run ended in (see DescentStatus). */
  status: DescentStatus;
  /** One sentence saying why, with numbers, e.g. for a status line. */
  reason: string;
  /** Updates actually performed: `steps`, or fewer if the loss became non-finite. */
  stepsTaken: number;
}

/**
 * Gradient descent x ← x − η v with heavy-ball momentum v ← β v + ∇L(x) (β = 0 gives the plain
 * update x ← x − η ∇L(x)). Performs exactly `steps` updates and records every point; it stops
 * early only when the loss becomes non-finite (overflow), so a diverging run can be watched.
 */
export function gradientDescent(options: GradientDescentOptions): GradientDescentResult {
  const fn = 'gradientDescent';
  const { loss, grad, x0, learningRate: eta, steps, momentum: beta = 0 } = options;
  checkVector(fn, 'x0', x0);
  if (!(eta > 0) || eta === Infinity) {
    throw new MathInputError(`${fn}: learningRate must be a finite number > 0, got ${String(eta)}`);
  }
  checkInteger(fn, 'steps', steps, 0);
  if (!(beta >= 0 && beta < 1)) {
    throw new MathInputError(
      `${fn}: momentum must be in [0, 1), got ${String(beta)} — at 1 or more the velocity never decays`,
    );
  }
  const n = x0.length;
  const x = x0.slice();
  const v = new Float64Array(n);
  const path: DescentPoint[] = [];
  const evaluate = (): DescentPoint => {
    const g = grad(x);
    if (g.length !== n) {
      throw new MathInputError(
        `${fn}: grad returned ${g.length} numbers for ${n} parameters — it must match x0's length`,
      );
    }
    return { x: x.slice(), loss: loss(x), grad: g.slice() };
  };
  let point = evaluate();
  path.push(point);
  for (let k = 0; k < steps && Number.isFinite(point.loss); k++) {
    const g = point.grad;
    for (let i = 0; i < n; i++) {
      // skipping β·v when β = 0 keeps plain descent bit-identical to x − η∇L (and 0·∞ out of it)
      const vi = beta === 0 ? (g[i] as number) : beta * (v[i] as number) + (g[i] as number);
      v[i] = vi;
      x[i] = (x[i] as number) - eta * vi;
    }
    point = evaluate();
    path.push(point);
  }
  const { status, reason } = classifyRun(path);
  return { path, status, reason, stepsTaken: path.length - 1 };
}

/**
 * Critical learning rate 2 / curvature: on a quadratic with second derivative (curvature) L,
 * plain gradient descent converges for η < 2/L, oscillates for 1/L < η < 2/L and diverges
 * above 2/L. Units: 1 / (units of curvature).
 */
export function criticalLearningRate(curvature: number): number {
  checkNumber('criticalLearningRate', 'curvature', curvature);
  if (curvature <= 0) {
    throw new MathInputError(
      `criticalLearningRate: curvature must be > 0, got ${fmt(curvature)} — a flat or concave ` +
        'direction has no stability limit (descent there never settles)',
    );
  }
  return 2 / curvature;
}

/**
 * Central-difference gradient ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h, error O(h²); with the
 * default h = 1e-5 it matches an analytic gradient of a smooth f to about 1e-7 relative — the
 * standard gradient check. f receives a fresh array for every evaluation.
 */
export function numericalGradient(
  f: (x: readonly number[]) => number,
  x: Vector,
  h = 1e-5,
): number[] {
  checkVector('numericalGradient', 'x', x);
  if (!(h > 0) || h === Infinity) {
    throw new MathInputError(`numericalGradient: h must be a finite number > 0, got ${String(h)}`);
  }
  return x.map((xi, i) => {
    const up = x.slice();
    const down = x.slice();
    up[i] = xi + h;
    down[i] = xi - h;
    return (f(up) - f(down)) / (2 * h);
  });
}
