// What the widget shows for one setting: the reliability at the chosen temperature, the fitted
// temperature-scaling divisor, the reliability after the fix, and the status sentence.
import { formatFixed, formatSignificant } from '../../ui/format';
import type { Dataset, Reliability } from './model';
import { reliability } from './model';

export type Regime = 'overconfident' | 'underconfident' | 'calibrated';

export interface CalibrationView {
  t: number;
  fix: boolean;
  /** The divisor temperature scaling applies on top of t: T* = scale / t. */
  fitted: number;
  before: Reliability;
  after: Reliability;
  /** `after` with the fix on, else `before`. */
  shown: Reliability;
  regime: Regime;
  status: string;
}

/** Mean confidence more than this above (below) accuracy counts as over- (under-)confident. */
const TOLERANCE = 0.02;

export function regimeOf(r: Reliability): Regime {
  const gap = r.meanConfidence - r.accuracy;
  if (gap > TOLERANCE) return 'overconfident';
  if (gap < -TOLERANCE) return 'underconfident';
  return 'calibrated';
}

const f3 = (x: number) => formatFixed(x, 3);

function describe(v: Omit<CalibrationView, 'status'>, n: number): string {
  const r = v.shown;
  const t = formatSignificant(v.t, 3);
  const fitted = formatSignificant(v.fitted, 3);
  const words: Record<Regime, string> = {
    overconfident: `overconfident: its average confidence is ${f3(r.meanConfidence)} but it is right only ${f3(r.accuracy)} of the time`,
    underconfident: `underconfident: its average confidence is ${f3(r.meanConfidence)} but it is right ${f3(r.accuracy)} of the time`,
    calibrated: `close to calibrated: average confidence ${f3(r.meanConfidence)}, accuracy ${f3(r.accuracy)}`,
  };
  if (v.fix) {
    return (
      `With temperature scaling (logits also divided by T* = ${fitted}, fitted on ${n} held-out examples) ` +
      `the classifier is ${words[v.regime]}; ECE falls from ${f3(v.before.ece)} to ${f3(v.after.ece)}. ` +
      `Accuracy stays ${f3(r.accuracy)}: dividing every logit by one number never changes which is largest.`
    );
  }
  return (
    `At T = ${t} the classifier is ${words[v.regime]}; ECE = ${f3(r.ece)}. ` +
    `Temperature scaling would divide its logits by T* = ${fitted} and bring ECE to ${f3(v.after.ece)}.`
  );
}

export interface ViewInput {
  /** Reliability at the reported temperature t. */
  before: Reliability;
  /** Reliability after temperature scaling (the logits divided by the fitted scale). */
  after: Reliability;
  t: number;
  fix: boolean;
  /** The fitted divisor of the raw logits (fitScale), so the fix's T* is scale / t. */
  scale: number;
  /** Validation examples the fit used. */
  n: number;
}

export function calibrationView({ before, after, t, fix, scale, n }: ViewInput): CalibrationView {
  const shown = fix ? after : before;
  const partial = { t, fix, fitted: scale / t, before, after, shown, regime: regimeOf(shown) };
  return { ...partial, status: describe(partial, n) };
}

/** The view straight from the data (tests; the widget memoises the two halves separately). */
export function calibrationViewOf(
  data: Dataset,
  scale: number,
  t: number,
  fix: boolean,
  bins: number,
): CalibrationView {
  // the fix divides the reported logits z / t by T* = scale / t: the result is z / scale
  const after = reliability(data, scale, bins);
  return calibrationView({ before: reliability(data, t, bins), after, t, fix, scale, n: data.n });
}
