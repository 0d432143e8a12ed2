// SignificanceLab's model: two accuracies and a test-set size in; the two-proportion z-test, the
// interval of the difference and seeded simulated reruns of both test sets out, with the
// sentence that says whether the gap is significant at 0.05 and why.
import {
  createRng,
  MathInputError,
  proportionDifferenceInterval,
  sampleBinomial,
  twoProportionZTest,
} from '../../math';
import { formatSignificant } from '../../ui/format';
import { RERUNS } from './params';
import type { Params } from './params';

export const ALPHA = 0.05;

export interface TestResult {
  z: number;
  pValue: number;
  significant: boolean;
}

export interface Rerun {
  accA: number;
  accB: number;
  /** null when both simulated models are perfect (or both always wrong): nothing to test. */
  test: TestResult | null;
}

export interface SignificanceView {
  params: Params;
  /** Correct answers out of n: the accuracies rounded to whole examples. */
  kA: number;
  kB: number;
  accA: number;
  accB: number;
  test: TestResult | null;
  /** The math core's reason when there is no test (no variation in the data). */
  problem: string | null;
  difference: number;
  interval: [number, number];
  reruns: Rerun[];
  /** Share of the reruns with p < 0.05 (an estimate of the test's power when a ≠ b). */
  significantShare: number;
  status: string;
}

/** p-values to 3 decimals, tiny ones in ×10ⁿ form (never a bare 0.000). */
export function formatP(p: number): string {
  return p >= 0.001 ? p.toFixed(3) : formatSignificant(p, 2);
}

/** A difference of proportions in percentage points with a sign: +2.0, −1.0. */
export function points(x: number): string {
  const v = x * 100;
  const text = Math.abs(v).toFixed(1);
  if (text === '0.0') return '0.0';
  return `${v > 0 ? '+' : '−'}${text}`;
}

function zTest(kA: number, kB: number, n: number): TestResult | { problem: string } {
  try {
    const { z, pValue } = twoProportionZTest(kA, n, kB, n);
    return { z, pValue, significant: pValue < ALPHA };
  } catch (error) {
    if (!(error instanceof MathInputError)) throw error;
    return { problem: error.message };
  }
}

/** RERUNS fresh pairs of test sets drawn from the true accuracies a and b. */
export function simulateReruns({ a, b, n, seed }: Params): Rerun[] {
  const rng = createRng(seed);
  return Array.from({ length: RERUNS }, () => {
    const kA = sampleBinomial(n, a, rng);
    const kB = sampleBinomial(n, b, rng);
    const result = zTest(kA, kB, n);
    return { accA: kA / n, accB: kB / n, test: 'problem' in result ? null : result };
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function describe(v: Omit<SignificanceView, 'status'>): string {
  const { n, seed } = v.params;
  const gap = `B − A = ${points(v.difference)} points (${pct(v.accA)} vs ${pct(v.accB)}, ${n.toLocaleString('en-US')} examples each)`;
  const [lo, hi] = v.interval;
  const range = `the 95% interval of the difference runs from ${points(lo)} to ${points(hi)} points`;
  const reruns = `In ${RERUNS} simulated reruns (seed ${seed}) with these true accuracies, ${Math.round(v.significantShare * 100)}% reached p < 0.05.`;
  if (!v.test) {
    return `${gap}: no test is possible, because neither model makes a single mistake (or neither gets a single example right), so there is no variation to measure. ${reruns}`;
  }
  const { z, pValue, significant } = v.test;
  const numbers = `z = ${z.toFixed(2)}, p = ${formatP(pValue)}`;
  const covers = lo <= 0 && hi >= 0;
  const why = significant
    ? `if the models were equally good, a gap this large would turn up less than 5% of the time; ${range}${covers ? ' (the unpooled interval still touches 0: a borderline case)' : ', which excludes 0'}`
    : `a gap this large turns up by chance ${pValue >= 0.995 ? 'nearly always' : `about ${Math.round(pValue * 100)}% of the time`} when the models are equally good, and ${range}${covers ? ', which includes 0' : ' (it just misses 0: a borderline case)'}`;
  return `${gap}: ${numbers}. ${significant ? 'Significant' : 'Not significant'} at 0.05: ${why}. ${reruns}`;
}

export function significanceModel(params: Params, reruns: Rerun[]): SignificanceView {
  const { a, b, n } = params;
  const kA = Math.round(a * n);
  const kB = Math.round(b * n);
  const result = zTest(kA, kB, n);
  const diff = proportionDifferenceInterval(kA, n, kB, n, 0.95);
  const significantCount = reruns.filter((r) => r.test?.significant).length;
  const partial = {
    params,
    kA,
    kB,
    accA: kA / n,
    accB: kB / n,
    test: 'problem' in result ? null : result,
    problem: 'problem' in result ? result.problem : null,
    difference: diff.difference,
    interval: diff.interval,
    reruns,
    significantShare: reruns.length > 0 ? significantCount / reruns.length : 0,
  };
  return { ...partial, status: describe(partial) };
}
