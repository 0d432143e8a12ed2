// Internal validation helpers shared by the math core (not re-exported from index.ts).
// Each check is a single pass so the hot loops that call it stay within a few percent of a bare
// typed-array loop.
import { MathInputError } from './errors';

/** Vector in, vector out: the plain-array shape every public function accepts. */
export type Vector = readonly number[];
/** Row-major matrix: an array of equally long rows. */
export type Matrix = readonly (readonly number[])[];

/** Formats a number for a message: 10 significant digits, so 0.8999999999999999 reads 0.9. */
export function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(10))) : String(x);
}

/** '(32×784)' — the shape notation used in every matrix message. */
export function shapeText(rows: number, cols: number): string {
  return `(${rows}×${cols})`;
}

/** Scans for the first non-finite entry and throws naming it, e.g. 'dot: a[2] is NaN'. */
export function throwNonFinite(fn: string, name: string, a: Vector): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MathInputError(
        `${fn}: ${name}[${i}] is ${String(v)} — every entry must be a finite number`,
      );
    }
  }
}

/** Throws unless `a` is a non-empty array of finite numbers. */
export function checkVector(fn: string, name: string, a: Vector): void {
  if (!Array.isArray(a) || a.length === 0) {
    throw new MathInputError(`${fn}: ${name} is empty — it needs at least one number`);
  }
  for (let i = 0; i < a.length; i++) {
    const v = a[i] as number;
    // v - v is 0 for every finite number and NaN for NaN and ±Infinity: one compare, no call
    if (v - v !== 0) throwNonFinite(fn, name, a);
  }
}

/** Throws unless `x` is a finite number; `what` names it in the message. */
export function checkNumber(fn: string, what: string, x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new MathInputError(`${fn}: ${what} must be a finite number, got ${String(x)}`);
  }
}

/** Throws unless `x` is an integer in [min, max]. */
export function checkInteger(
  fn: string,
  what: string,
  x: number,
  min: number,
  max = Infinity,
): void {
  if (!Number.isInteger(x) || x < min || x > max) {
    const range = max === Infinity ? `≥ ${min}` : `in [${min}, ${max}]`;
    throw new MathInputError(`${fn}: ${what} must be an integer ${range}, got ${String(x)}`);
  }
}

/**
 * Validates a rectangular, non-empty, finite matrix in one pass and returns it as a row-major
 * Float64Array with its shape, which is what the fast loops want anyway. With `transposed` the
 * data is laid out column by column (Aᵀ row-major) for loops that walk A's columns.
 */
export function toFlat(
  fn: string,
  name: string,
  A: Matrix,
  transposed = false,
): { rows: number; cols: number; data: Float64Array } {
  const rows = Array.isArray(A) ? A.length : 0;
  const first = rows > 0 ? A[0] : undefined;
  if (!Array.isArray(first) || first.length === 0) {
    throw new MathInputError(
      `${fn}: ${name} is empty — a matrix needs at least one row and column`,
    );
  }
  const cols = first.length;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = A[i];
    if (!Array.isArray(row) || row.length !== cols) {
      const len = Array.isArray(row) ? row.length : 0;
      throw new MathInputError(
        `${fn}: ${name} is ragged — row 0 has ${cols} entries but row ${i} has ${len}; ` +
          'every row of a matrix needs the same length',
      );
    }
    const off = transposed ? i : i * cols;
    const stride = transposed ? rows : 1;
    for (let j = 0; j < cols; j++) {
      const v = row[j] as number;
      if (v - v !== 0) {
        throw new MathInputError(
          `${fn}: ${name}[${i}][${j}] is ${String(v)} — every entry must be a finite number`,
        );
      }
      data[off + j * stride] = v;
    }
  }
  return { rows, cols, data };
}

/** Copies `len` numbers starting at `off` into a plain array (what the public API returns). */
export function toArray(data: Float64Array, off: number, len: number): number[] {
  const out = new Array<number>(len);
  for (let j = 0; j < len; j++) out[j] = data[off + j] as number;
  return out;
}

/** Splits a row-major Float64Array into nested plain arrays. */
export function toNested(data: Float64Array, rows: number, cols: number): number[][] {
  const out = new Array<number[]>(rows);
  for (let i = 0; i < rows; i++) out[i] = toArray(data, i * cols, cols);
  return out;
}

/**
 * Throws unless p is a probability distribution: non-empty, finite, non-negative, summing to 1
 * within 1e-6 (loose enough for rounded or float32 inputs, tight enough to catch raw logits).
 */
export function checkDistribution(fn: string, name: string, p: Vector): void {
  if (!Array.isArray(p) || p.length === 0) {
    throw new MathInputError(`${fn}: ${name} is empty — a distribution needs at least one outcome`);
  }
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i] as number;
    if (!(v >= 0) || v === Infinity) {
      if (v - v !== 0) throwNonFinite(fn, name, p);
      throw new MathInputError(
        `${fn}: ${name}[${i}] is ${fmt(v)} — probabilities cannot be negative`,
      );
    }
    sum += v;
  }
  if (Math.abs(sum - 1) > 1e-6) {
    throw new MathInputError(
      `${fn}: ${name} sums to ${fmt(sum)}, not 1 (within 1e-6) — divide it by its sum, or pass ` +
        'raw scores through softmax first',
    );
  }
}

/** Throws unless the temperature is a finite number > 0; the message says what T → 0 means. */
export function checkTemperature(fn: string, t: number): void {
  if (typeof t !== 'number' || !(t > 0) || t === Infinity) {
    const what = Number.isNaN(t) || t === Infinity ? 'a finite number > 0' : '> 0';
    throw new MathInputError(
      `${fn}: temperature must be ${what}, got ${String(t)} — T → 0 approaches argmax, so use ` +
        'a small positive value such as 0.05 for near-greedy behaviour',
    );
  }
}
