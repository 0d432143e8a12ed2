// How generators print numbers: the site's formatters (real minus sign, no "-0", never NaN).
import { formatFixed, formatShort } from '../../ui/format';
import type { Matrix, Vector } from '../../math';

/** A number with trailing zeros dropped: 2, 0.5, −1.25. */
export const num = (x: number, digits = 4): string => formatShort(x, digits);

/** A number to exactly `digits` decimals: 0.787, 2.000. */
export const fixed = (x: number, digits: number): string => formatFixed(x, digits);

/** A number in a sum or product, parenthesised when negative: 3 × (−2). */
export const term = (x: number, digits = 4): string =>
  x < 0 ? `(${num(x, digits)})` : num(x, digits);

export const vec = (a: Vector, digits = 4): string =>
  `[${a.map((x) => num(x, digits)).join(', ')}]`;

export const mat = (A: Matrix, digits = 4): string =>
  `[${A.map((r) => vec(r, digits)).join(', ')}]`;

/** Tolerance for an answer asked "to d decimals": half a unit in the last place. */
export const halfUnit = (digits: number): number => 0.5 * 10 ** -digits;
