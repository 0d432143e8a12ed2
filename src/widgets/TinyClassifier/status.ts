// Naming where a training run stands, and the status sentence.
import { formatFixed, formatSignificant } from '../../ui/format';
import type { Preset } from './data';
import type { Run } from './model';

export type Regime = 'untrained' | 'diverged' | 'rising' | 'converged' | 'separated' | 'learning';

/** Gradient norms below this count as a minimum reached. */
const FLAT = 1e-4;

export function regimeOf(run: Run, step: number, acc: number): Regime {
  const loss = run.losses[step] ?? Infinity;
  const start = run.losses[0] ?? Infinity;
  if (step === 0) return 'untrained';
  if (!Number.isFinite(loss) || loss > start + 1e-9) return 'diverged';
  if (loss > (run.losses[step - 1] ?? Infinity)) return 'rising';
  // separable data: the gradient fades as the weights grow, but "separated" says more
  if (acc === 1) return 'separated';
  if ((run.gradNorms[step] ?? Infinity) < FLAT) return 'converged';
  return 'learning';
}

export interface StatusInput {
  regime: Regime;
  step: number;
  lr: number;
  loss: number;
  startLoss: number;
  correct: number;
  total: number;
  critical: number;
  preset: Preset;
}

export function describe(s: StatusInput): string {
  const eta = formatSignificant(s.lr, 3);
  const loss = formatFixed(s.loss, 4);
  const start = formatFixed(s.startLoss, 4);
  const pct = Math.round((100 * s.correct) / s.total);
  const head = `Step ${s.step}, η = ${eta}: loss ${loss}, ${s.correct} of ${s.total} points (${pct}%) on the right side.`;
  const limit = formatSignificant(s.critical, 3);
  const why: Record<Regime, string> = {
    untrained: `Untrained: with all weights 0 the model says 0.5 everywhere, a loss of ln 2 = ${start}. Press Step or Play.`,
    diverged: `Diverged: the loss is above the ${start} it started at. η = ${eta} is too large (steps above about 2/L = ${limit} overshoot); cut it by 10×.`,
    rising: `The loss rose on the last step: η = ${eta} overshoots (2/L = ${limit} at the start).`,
    converged: 'Converged: the gradient is practically zero, so further steps change nothing.',
    separated:
      'Every point is on the right side; the loss keeps creeping towards 0 as the weights grow (separable data has no finite best weights).',
    learning: `Learning: the loss has fallen from ${start}.`,
  };
  const xor =
    s.preset === 'xor' && s.step > 0 && pct < 80
      ? ' No straight line separates XOR-like data, so a linear model stalls near chance.'
      : '';
  return `${head} ${why[s.regime]}${xor}`;
}
