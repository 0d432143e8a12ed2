// Vectors as plain arrays: the dot product, norms, cosine similarity and small helpers.
import { checkNumber, checkVector, throwNonFinite } from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';

function checkSameLength(fn: string, a: Vector, b: Vector): void {
  checkVector(fn, 'a', a);
  checkVector(fn, 'b', b);
  if (a.length !== b.length) {
    throw new MathInputError(
      `${fn}: a has ${a.length} entries but b has ${b.length} — the two vectors must have the ` +
        'same length, because entries are paired one to one',
    );
  }
}

/**
 * Dot product a·b = Σᵢ aᵢbᵢ (units: the product of the two vectors' units). Read it as alignment
 * (|a||b| cos θ) or as a weighted sum — a neuron before its activation.
 */
export function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length || a.length === 0) checkSameLength('dot', a, b);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  // a non-finite input always makes the sum non-finite, so finite inputs are checked for free
  if (!Number.isFinite(s)) {
    throwNonFinite('dot', 'a', a);
    throwNonFinite('dot', 'b', b);
    if (Number.isNaN(s)) {
      throw new MathInputError(
        'dot: the products overflow float64 (beyond ±1.8e308); rescale a and b',
      );
    }
  }
  return s;
}

function sumOfSquares(a: Vector): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (a[i] as number);
  if (s === Infinity || (s < 1e-290 && s > 0)) {
    // squares overflowed or underflowed: rescale by the largest entry, as hypot does
    let big = 0;
    for (let i = 0; i < a.length; i++) big = Math.max(big, Math.abs(a[i] as number));
    let r = 0;
    for (let i = 0; i < a.length; i++) r += ((a[i] as number) / big) ** 2;
    return Math.sqrt(r) * big;
  }
  return Math.sqrt(s);
}

/**
 * Vector norm (same units as the entries): p = 2 is the Euclidean length √(Σ aᵢ²) used by weight
 * decay and gradient clipping; p = 1 is Σ|aᵢ| (lasso, sparsity); p = Infinity is maxᵢ|aᵢ|.
 */
export function norm(a: Vector, p = 2): number {
  checkVector('norm', 'a', a);
  if (p === 2) return sumOfSquares(a);
  if (p === 1) {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += Math.abs(a[i] as number);
    return s;
  }
  if (p === Infinity) {
    let m = 0;
    for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] as number));
    return m;
  }
  throw new MathInputError(`norm: p must be 1, 2 or Infinity, got ${String(p)}`);
}

/**
 * Cosine similarity cos θ = a·b / (|a| |b|), dimensionless in [−1, 1]: direction only, length
 * ignored — why retrieval ranks embeddings by it rather than by the raw dot product.
 */
export function cosineSimilarity(a: Vector, b: Vector): number {
  checkSameLength('cosineSimilarity', a, b);
  const na = sumOfSquares(a);
  const nb = sumOfSquares(b);
  if (na === 0 || nb === 0) {
    const which = na === 0 ? 'a' : 'b';
    throw new MathInputError(
      `cosineSimilarity: a zero-length vector has no direction (${which} is all zeros), so the ` +
        'angle is undefined; use the dot product, or drop the zero vector',
    );
  }
  let ab = 0;
  for (let i = 0; i < a.length; i++) ab += (a[i] as number) * (b[i] as number);
  // rounding can push |cos| a hair past 1, which would make acos() NaN downstream
  return Math.min(1, Math.max(-1, ab / na / nb));
}

/** Entrywise sum a + b (same units as the entries). */
export function add(a: Vector, b: Vector): number[] {
  checkSameLength('add', a, b);
  return a.map((v, i) => v + (b[i] as number));
}

/** Entrywise difference a − b (same units as the entries). */
export function sub(a: Vector, b: Vector): number[] {
  checkSameLength('sub', a, b);
  return a.map((v, i) => v - (b[i] as number));
}

/** Scalar multiple c·a. */
export function scale(a: Vector, c: number): number[] {
  checkVector('scale', 'a', a);
  checkNumber('scale', 'the factor c', c);
  return a.map((v) => c * v);
}

/**
 * Projection of b onto the direction of `onto`: (b·u / u·u) u. The part of b that `onto`
 * "explains"; b minus it is perpendicular to `onto`.
 */
export function project(b: Vector, onto: Vector): number[] {
  checkSameLength('project', b, onto);
  const uu = dot(onto, onto);
  if (uu === 0) {
    throw new MathInputError(
      'project: a zero-length vector has no direction to project onto (onto is all zeros)',
    );
  }
  const c = dot(b, onto) / uu;
  return onto.map((v) => c * v);
}

/** The angle between a and b in radians, acos(cosineSimilarity(a, b)), in [0, π]. */
export function angle(a: Vector, b: Vector): number {
  return Math.acos(cosineSimilarity(a, b));
}
