// Gradient descent (with optional heavy-ball momentum), its stability limit, and a
// central-difference gradient for checking hand-written derivatives.
import { checkInteger, checkNumber, checkVector, fmt, toArray } from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';
import { classifyRun } from './descentStatus';
import type { DescentRecord, DescentStatus } from './descentStatus';

export type { DescentRecord, DescentStatus } from './descentStatus';

/** One point of a descent path. */
export interface DescentPoint {
  /** Parameters at this point. */
  x: number[];
  /** Loss at x. */
  loss: number;
  /** Gradient ∇L(x). */
  grad: number[];
}

/** Options of gradientDescent and gradientDescentTrace. */
export interface GradientDescentOptions {
  /**
   * The loss L(x) to minimise; called once per point. x is a scratch array updated in place
   * after the call returns, so copy it if you keep it.
   */
  loss: (x: readonly number[]) => number;
  /** Its gradient ∇L(x), the same length as x; called once per point (its result is copied). */
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
  /**
   * path[0] is the start, path[k] the point after k updates. Built from the run's typed record
   * the first time it is read (then kept), so a caller that needs only the verdict does not pay
   * for 10⁴ point objects.
   */
  readonly path: DescentPoint[];
  /** The regime the run ended in (see DescentStatus). */
  status: DescentStatus;
  /** One sentence saying why, with numbers, e.g. for a status line. */
  reason: string;
  /** Updates actually performed: `steps`, or fewer if the loss became non-finite. */
  stepsTaken: number;
}

/** What gradientDescentTrace returns: the same run as flat typed arrays, and the verdict. */
export interface GradientDescentTrace extends DescentRecord {
  status: DescentStatus;
  reason: string;
  stepsTaken: number;
}

/**
 * Gradient descent x ← x − η v with heavy-ball momentum v ← β v + ∇L(x) (β = 0 gives the plain
 * update x ← x − η ∇L(x)). Performs exactly `steps` updates and records every point; it stops
 * early only when the loss becomes non-finite (overflow), so a diverging run can be watched.
 */
export function gradientDescent(options: GradientDescentOptions): GradientDescentResult {
  const t = descend('gradientDescent', options);
  let path: DescentPoint[] | undefined;
  return {
    get path() {
      path ??= materialise(t);
      return path;
    },
    status: t.status,
    reason: t.reason,
    stepsTaken: t.stepsTaken,
  };
}

/** One point object per recorded point: { x, loss, grad } as plain arrays. */
function materialise(t: DescentRecord): DescentPoint[] {
  const n = t.dimension;
  const path = new Array<DescentPoint>(t.count);
  for (let j = 0; j < t.count; j++) {
    path[j] = { x: slice(t.xs, j, n), loss: t.losses[j] as number, grad: slice(t.grads, j, n) };
  }
  return path;
}

/**
 * The same run as gradientDescent, recorded in flat Float64Arrays instead of one object per
 * point — for long runs (10⁴ steps) allocating the path objects costs more than the descent,
 * so loss charts and other whole-path readers should use this.
 */
export function gradientDescentTrace(options: GradientDescentOptions): GradientDescentTrace {
  return descend('gradientDescentTrace', options);
}

function descend(fn: string, options: GradientDescentOptions): GradientDescentTrace {
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
  const xs = new Float64Array(n * (steps + 1));
  const losses = new Float64Array(steps + 1);
  const grads = new Float64Array(n * (steps + 1));
  // one scratch array for the callbacks and typed arrays for the record: the loop allocates
  // nothing itself, so 10⁴ steps cost little more than the loss and gradient calls
  const x = x0.slice();
  const v = new Float64Array(n);
  let k = 0;
  for (;;) {
    const l = loss(x);
    const g = grad(x);
    if (g.length !== n) {
      throw new MathInputError(
        `${fn}: grad returned ${g.length} numbers for ${n} parameters — it must match x0's length`,
      );
    }
    losses[k] = l;
    const off = k * n;
    for (let i = 0; i < n; i++) {
      xs[off + i] = x[i] as number;
      grads[off + i] = g[i] as number;
    }
    if (k === steps || !Number.isFinite(l)) break;
    for (let i = 0; i < n; i++) {
      // skipping β·v when β = 0 keeps plain descent bit-identical to x − η∇L (and 0·∞ out of it)
      const vi = beta === 0 ? (g[i] as number) : beta * (v[i] as number) + (g[i] as number);
      v[i] = vi;
      x[i] = (x[i] as number) - eta * vi;
    }
    k++;
  }
  const count = k + 1;
  const record: DescentRecord = {
    dimension: n,
    count,
    xs: xs.subarray(0, count * n),
    losses: losses.subarray(0, count),
    grads: grads.subarray(0, count * n),
  };
  return { ...record, ...classifyRun(record), stepsTaken: k };
}

/** Point j's n numbers as a plain array; literals for 1-D and 2-D, the widgets' common cases. */
function slice(data: Float64Array, j: number, n: number): number[] {
  if (n === 1) return [data[j] as number];
  if (n === 2) return [data[2 * j] as number, data[2 * j + 1] as number];
  return toArray(data, j * n, n);
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
