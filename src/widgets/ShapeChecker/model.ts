// ShapeChecker's model: two shapes in; whether they multiply, the result, the cost and, for a
// mismatch, the math core's own explanation and the fix.
import { MathInputError, matmul } from '../../math';
import { groupDigits, shapeText } from './shape';
import type { Shape } from './shape';

/** Up to this many entries in A and B together, the core's matmul itself writes the message. */
export const CORE_CHECK_LIMIT = 250_000;

export type FixKind = 'transpose-right' | 'transpose-left' | 'swap';

export interface Fix {
  kind: FixKind;
  /** The product that works, as "(m×n) @ (n×p)", and its result. */
  left: Shape;
  right: Shape;
  result: Shape;
}

export interface ShapeCheck {
  a: Shape;
  b: Shape;
  ok: boolean;
  /** (m×p) when the shapes multiply. */
  result: Shape | null;
  /** 2·m·n·p: one multiply and one add per term of every output entry. */
  flops: number | null;
  /** The math core's error for the mismatch, verbatim. */
  message: string | null;
  fix: Fix | null;
  status: string;
}

/**
 * The core's mismatch message for (m×n) @ (p×q), built with the same rule as matmul in
 * src/math/matrix.ts; a test checks the two agree on every small pair of shapes.
 */
export function mismatchMessage([m, n]: Shape, [p, q]: Shape): string {
  const head = `matmul: ${shapeText([m, n])} @ ${shapeText([p, q])} — inner dimensions ${n} and ${p} differ`;
  if (n === q)
    return `${head}; did you mean the transpose of the right matrix ${shapeText([q, p])}?`;
  if (m === p)
    return `${head}; did you mean the transpose of the left matrix ${shapeText([n, m])}?`;
  return `${head}; (m×n) @ (n×p) needs the left matrix's column count to equal the right's row count`;
}

const zeros = ([rows, cols]: Shape) =>
  Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

/** The error matmul throws for these shapes (asked of the core itself when they are small). */
export function coreMessage(a: Shape, b: Shape): string {
  if (a[0] * a[1] + b[0] * b[1] > CORE_CHECK_LIMIT) return mismatchMessage(a, b);
  try {
    matmul(zeros(a), zeros(b));
  } catch (error) {
    if (error instanceof MathInputError) return error.message;
    throw error;
  }
  throw new Error(`coreMessage: ${shapeText(a)} @ ${shapeText(b)} multiplies; there is no error`);
}

/** The repair the core's message suggests, or swapping the order when that is what fits. */
export function fixFor([m, n]: Shape, [p, q]: Shape): Fix | null {
  if (n === q) return { kind: 'transpose-right', left: [m, n], right: [q, p], result: [m, p] };
  if (m === p) return { kind: 'transpose-left', left: [n, m], right: [p, q], result: [n, q] };
  if (q === m) return { kind: 'swap', left: [p, q], right: [m, n], result: [p, n] };
  return null;
}

const fixWords: Record<FixKind, string> = {
  'transpose-right': 'multiply by the transpose of the right matrix',
  'transpose-left': 'use the transpose of the left matrix',
  swap: 'swap the order',
};

export function describeFix(fix: Fix | null): string {
  if (!fix) {
    return 'No transpose or swap makes these fit: check which axis holds the features in each matrix.';
  }
  return `Fix: ${fixWords[fix.kind]}, ${shapeText(fix.left)} @ ${shapeText(fix.right)} → ${shapeText(fix.result)}.`;
}

export function shapeModel(a: Shape, b: Shape): ShapeCheck {
  const [m, n] = a;
  const [p, q] = b;
  const pair = `${shapeText(a)} @ ${shapeText(b)}`;
  if (n !== p) {
    const fix = fixFor(a, b);
    return {
      a,
      b,
      ok: false,
      result: null,
      flops: null,
      message: coreMessage(a, b),
      fix,
      status: `${pair} cannot be multiplied: inner dimensions ${n} and ${p} differ. ${describeFix(fix)}`,
    };
  }
  const result: Shape = [m, q];
  const flops = 2 * m * n * q;
  return {
    a,
    b,
    ok: true,
    result,
    flops,
    message: null,
    fix: null,
    status: `${pair} multiplies: the inner dimensions match (${n} = ${p}), the result is ${shapeText(result)}, and it costs 2·${m}·${n}·${q} = ${flopText(flops)} floating-point operations.`,
  };
}

const scales: [number, string][] = [
  [1e18, 'quintillion'],
  [1e15, 'quadrillion'],
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "6,422,528" — exact while doubles hold the integer exactly, then "about 2.00 × 10^18". */
export function flopText(flops: number): string {
  if (flops <= Number.MAX_SAFE_INTEGER) return groupDigits(flops);
  const [mantissa = '', power = ''] = flops.toExponential(2).split('e+');
  const superscript = power.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d);
  return `about ${mantissa} × 10${superscript}`;
}

/** "6.42 million" — the size in words, for the readout. */
export function flopWords(flops: number): string {
  const found = scales.find(([size]) => flops >= size);
  if (!found) return groupDigits(flops);
  const [size, word] = found;
  return `${Number((flops / size).toPrecision(3))} ${word}`;
}
