// The status sentence: the regime, the reason (with the critical rate when one exists), then
// where the run stands. Numbers go through formatSignificant, so NaN or Infinity never show.
import { formatSignificant } from '../../ui/format';
import type { Basin, GdView } from './model';
import type { Prediction } from './regime';

type Parts = Omit<GdView, 'status'>;

const sig = (v: number, digits = 3) => formatSignificant(v, digits);
/** "=" when the rounded number is exact (2/2 = 1), "≈" when it is not (2/22 ≈ 0.0909). */
const eq = (v: number) => (Number(v.toPrecision(3)) === v ? '=' : '≈');
const pct = (rate: number) => `${sig((1 - rate) * 100, 2)}%`;

/** "w = 2.00363" or "(x, y) = (−1, 0.5)"; a value past float range reads "overflow". */
export function pointText(symbols: readonly string[], x: readonly number[]): string {
  const value = (v: number) => (Number.isNaN(v) ? 'overflow' : formatSignificant(v, 6));
  if (symbols.length === 1) return `${symbols[0] ?? 'x'} = ${value(x[0] ?? 0)}`;
  return `(${symbols.join(', ')}) = (${x.map(value).join(', ')})`;
}

export function lossText(loss: number): string {
  return Number.isFinite(loss) ? formatSignificant(loss, 6) : 'too large to represent (overflow)';
}

function quadraticHead(view: Parts, p: Prediction): string {
  const { eta, beta } = view.input;
  const valley = view.objective.name === 'valley';
  const L = Math.max(...(view.objective.curvatures ?? [1]));
  const sym = valley ? 'κ' : 'L';
  const limitExpr =
    beta === 0
      ? `2/${sym} ${eq(p.limit)} ${sig(p.limit)}`
      : `2(1 + β)/${sym} ${eq(p.limit)} ${sig(p.limit)}`;
  const half = `1/${sym} ${eq(1 / L)} ${sig(1 / L)}`;
  const etaText = `η = ${formatSignificant(eta, 6)}`;
  const curvature = valley
    ? `κ = ${sig(L)} is the curvature across the valley`
    : `L = ${sig(L)} is the curvature`;
  const floor = p.axes[0];
  const withMomentum = beta > 0 ? ` with momentum β = ${sig(beta, 2)}` : '';
  switch (p.regime) {
    case 'diverging':
      return `Diverging: ${etaText} is above the stability limit ${limitExpr} (${curvature}), so each step overshoots the minimum by more than it corrects.`;
    case 'edge':
      return `On the edge: ${etaText} equals the stability limit ${limitExpr}, so each step jumps to the mirror point and the error never shrinks.`;
    case 'one-step':
      return `Converging in one step: ${etaText} is exactly 1/${sym}, so the first step lands on the minimum.`;
    case 'oscillating':
      if (beta > 0) {
        return `Oscillating but converging: momentum β = ${sig(beta, 2)} carries each step past the minimum, and the swings shrink by a factor ${sig(p.rate)} per step (stability limit ${limitExpr}).`;
      }
      if (valley && floor && !floor.oscillates) {
        return `Zig-zagging but converging: ${etaText} is between ${half} and ${limitExpr}, so every step across the valley (y) overshoots and flips sign, while along its floor (x, curvature 1) each step closes ${pct(floor.rate)} of the gap.`;
      }
      return `Oscillating but converging: ${etaText} is between ${half} and ${limitExpr}, so each step overshoots the minimum and lands on the other side, a little closer (the error shrinks by a factor ${sig(p.rate)} per step).`;
    case 'slow':
      if (valley) {
        return `Converging slowly${withMomentum}: along the valley floor (x, curvature 1) each step closes only ${pct(floor?.rate ?? p.rate)} of the gap, while the steep direction (κ = ${sig(L)}) keeps η below ${limitExpr}.`;
      }
      return beta > 0
        ? `Converging slowly${withMomentum}: each step closes only ${pct(p.rate)} of the gap to the minimum.`
        : `Converging slowly: ${etaText} is far below ${half}, so each step closes only ${pct(p.rate)} of the gap to the minimum.`;
    case 'converging':
      return beta > 0
        ? `Converging${withMomentum}: each step closes ${pct(p.rate)} of the gap to the minimum without overshooting.`
        : `Converging: ${etaText} is below ${half}, so each step closes ${pct(p.rate)} of the gap to the minimum without overshooting.`;
  }
}

function bumpyHead(view: Parts, b: Basin): string {
  const where = `the ${b.kind} minimum at x ≈ ${sig(b.minimum, 6)} (f ≈ ${sig(b.minLoss, 6)})`;
  const other =
    b.kind === 'local'
      ? `, not the global one at x ≈ ${sig(b.otherMinimum, 6)} (f ≈ ${sig(b.otherLoss, 6)})`
      : '';
  const local = `The curvature there is ${sig(b.curvature)}, so the local stability limit is 2/${sig(b.curvature)} ≈ ${sig(b.limit)}.`;
  if (view.stepsTaken === 0) return `Starting in the valley of ${where}${other}. ${local}`;
  switch (view.runStatus) {
    case 'diverged':
      return `Diverging: the steps grow instead of settling. Near ${where} ${local.charAt(0).toLowerCase()}${local.slice(1)}`;
    case 'converged':
      return `Converged to ${where}${other}. ${local}`;
    case 'oscillating':
      return `Oscillating but converging: the steps overshoot back and forth while heading for ${where}${other}. ${local}`;
    case 'converging':
      return `Converging: heading for ${where}${other}. ${local}`;
  }
}

/** One paragraph for the role="status" region. */
export function describe(view: Parts): string {
  const { objective: obj, current, stepsTaken } = view;
  const point = pointText(obj.symbols, current.x);
  const steps = `${stepsTaken} step${stepsTaken === 1 ? '' : 's'}`;
  if (view.runStatus === 'converged' && !view.overflowed && !view.basin) {
    const g0 = Math.hypot(...(view.path[0]?.grad ?? [0]));
    const gn = Math.hypot(...current.grad);
    return `Converged: after ${steps} the gradient has shrunk from ${sig(g0, 4)} to ${sig(gn, 2)}, so ${point} is the minimum (loss ${lossText(current.loss)}).`;
  }
  const head = view.basin
    ? bumpyHead(view, view.basin)
    : view.prediction
      ? quadraticHead(view, view.prediction)
      : '';
  if (view.overflowed) {
    return `${head} The loss overflowed after ${steps} (it no longer fits in a floating-point number), so the run stopped: diverged.`;
  }
  if (stepsTaken === 0) return `${head} No steps yet: ${point}, loss ${lossText(current.loss)}.`;
  return `${head} After ${steps} ${point} and the loss is ${lossText(current.loss)}.`;
}
