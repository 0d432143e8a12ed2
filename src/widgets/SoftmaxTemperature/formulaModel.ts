// The numbers the live formula prints for the most probable token: the plain form
// e^{zᵢ/T} / Σⱼ e^{zⱼ/T} while every term is a readable size, the stable form
// e^{(zᵢ−m)/T} / Σⱼ e^{(zⱼ−m)/T} (m = max z) once a term would be huge, tiny or overflow.

/** Beyond |z/T| = 20, e^{z/T} (4.9 × 10⁸) stops being a number a reader can follow. */
export const READABLE_EXPONENT = 20;
/** ln(largest double): e^x is Infinity in floating point for x above this. */
export const OVERFLOW_EXPONENT = Math.log(Number.MAX_VALUE);
/** Denominators longer than this show their first terms and "+ … (n more)". */
export const SHOWN_TERMS = 5;

export interface FormulaTerm {
  index: number;
  logit: number;
  /** (z − m)/T, the exponent of the stable form (≤ 0). */
  shifted: number;
  /** e^{z/T}; only meaningful in the plain form. */
  raw: number;
  /** e^{(z − m)/T}, in (0, 1] (0 once it underflows). */
  stable: number;
}

export interface FormulaView {
  t: number;
  /** m = max z */
  max: number;
  /** The term of the most probable token (the numerator). */
  top: FormulaTerm;
  /** The denominator's first terms, in row order. */
  terms: FormulaTerm[];
  /** How many denominator terms are summarised as "…". */
  hidden: number;
  /** true when the stable form is printed (some |z/T| > READABLE_EXPONENT). */
  stable: boolean;
  /** The largest and smallest zⱼ/T, and whether e to the largest overflows a double. */
  largestExponent: number;
  smallestExponent: number;
  overflows: boolean;
  /** Σⱼ e^{zⱼ/T} (plain form) or Σⱼ e^{(zⱼ−m)/T} (stable form). */
  sum: number;
  /** softmax(z / T) of the top token. */
  p: number;
}

/**
 * `p` is softmax(z / T) from the math core. The stable terms are read off it rather than
 * recomputed: pⱼ = e^{(zⱼ−m)/T} / S and the top token's term is e^0 = 1, so
 * e^{(zⱼ−m)/T} = pⱼ / p_top and S = 1 / p_top.
 */
export function formulaModel(
  logits: readonly number[],
  t: number,
  p: readonly number[],
  topIndex: number,
): FormulaView {
  const max = Math.max(...logits);
  const pTop = p[topIndex] ?? 1;
  let largestExponent = -Infinity;
  let smallestExponent = Infinity;
  for (const z of logits) {
    largestExponent = Math.max(largestExponent, z / t);
    smallestExponent = Math.min(smallestExponent, z / t);
  }
  const stable = Math.max(largestExponent, -smallestExponent) > READABLE_EXPONENT;
  const term = (index: number): FormulaTerm => {
    const logit = logits[index] ?? 0;
    // only evaluated for the plain form, where |z/T| ≤ 20 keeps e^{z/T} finite and readable
    const raw = stable ? 0 : Math.exp(logit / t);
    return { index, logit, shifted: (logit - max) / t, raw, stable: (p[index] ?? 0) / pTop };
  };
  const all = logits.map((_, i) => term(i));
  const shown = all.length <= SHOWN_TERMS + 1 ? all : all.slice(0, SHOWN_TERMS);
  return {
    t,
    max,
    top: term(topIndex),
    terms: shown,
    hidden: all.length - shown.length,
    stable,
    largestExponent,
    smallestExponent,
    overflows: largestExponent > OVERFLOW_EXPONENT,
    sum: stable ? 1 / pTop : all.reduce((s, x) => s + x.raw, 0),
    p: pTop,
  };
}
