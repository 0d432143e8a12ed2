// The gradient check: central differences from the math core beside the backward pass.
import { numericalGradient } from '../../math';
import type { GraphDef } from './graphs';

/** The step the lesson and the core use. */
export const H = 1e-5;
export const H_TEXT = '1e-5';
/** Smooth functions in double precision agree to about this; larger suggests a wrong derivative. */
export const CHECK_THRESHOLD = 1e-7;
export const CHECK_TEXT = '1e-7';

/** Below this both gradients count as zero, and a relative error would only measure noise. */
export const ZERO_GRADIENT = 1e-10;
/** Below this a gradient is so small that rounding in f(x ± h) swamps the difference. */
export const TINY_GRADIENT = 1e-4;

/**
 * How to read one comparison: `agree` below the threshold; `zero` when both are ≈ 0 (compare
 * absolute values instead); `tiny` when the gradient is vanishing and the numeric side is noise;
 * `disagree` otherwise (a wrong derivative).
 */
export type Verdict = 'agree' | 'zero' | 'tiny' | 'disagree';

export interface CheckRow {
  name: string;
  analytic: number;
  numeric: number;
  /** |analytic − numeric| / max(|analytic|, |numeric|); 0 when both are exactly 0. */
  relativeError: number;
  absoluteError: number;
  verdict: Verdict;
}

export function relativeError(analytic: number, numeric: number): number {
  const scale = Math.max(Math.abs(analytic), Math.abs(numeric));
  return scale === 0 ? 0 : Math.abs(analytic - numeric) / scale;
}

function verdictOf(analytic: number, numeric: number, rel: number): Verdict {
  const scale = Math.max(Math.abs(analytic), Math.abs(numeric));
  if (scale < ZERO_GRADIENT) return 'zero';
  if (rel < CHECK_THRESHOLD) return 'agree';
  return scale < TINY_GRADIENT ? 'tiny' : 'disagree';
}

export function gradientCheck(graph: GraphDef): CheckRow[] {
  const { names, at, f, analytic } = graph.checked;
  const numeric = numericalGradient(f, at, H);
  return names.map((name, i) => {
    const a = analytic[i] ?? 0;
    const n = numeric[i] ?? 0;
    const rel = relativeError(a, n);
    return {
      name,
      analytic: a,
      numeric: n,
      relativeError: rel,
      absoluteError: Math.abs(a - n),
      verdict: verdictOf(a, n, rel),
    };
  });
}
