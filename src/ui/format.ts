// Numbers on screen go through here: fixed decimals, a real minus sign, no "-0", and never the
// strings "NaN" or "Infinity" (those become words a reader understands).

const MINUS = '\u2212';

/** `x` to `digits` decimals; non-finite values become "undefined" / "overflow". */
export function formatFixed(x: number, digits = 4): string {
  if (Number.isNaN(x)) return 'undefined';
  if (!Number.isFinite(x)) return x > 0 ? 'overflow' : `${MINUS}overflow`;
  const text = x.toFixed(digits);
  // -0.0000 reads as a sign error to a learner
  if (/^-0\.?0*$/.test(text)) return text.slice(1);
  return text.replace('-', MINUS);
}

/** `x` rounded to `digits` decimals with trailing zeros dropped ("0.5", "2", "−1.25"). */
export function formatShort(x: number, digits = 4): string {
  const fixed = formatFixed(x, digits);
  if (!/\d/.test(fixed)) return fixed;
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** `x` to `digits` significant digits, switching to ×10ⁿ notation for very large/small values. */
export function formatSignificant(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return formatFixed(x);
  if (x === 0) return '0';
  const magnitude = Math.abs(x);
  if (magnitude >= 1e6 || magnitude < 1e-4) {
    const [mantissa = '0', exponent = '0'] = x.toExponential(digits - 1).split('e');
    return `${mantissa.replace('-', MINUS)} × 10^${exponent.replace('+', '').replace('-', MINUS)}`;
  }
  return Number(x.toPrecision(digits)).toString().replace('-', MINUS);
}

/** Parses what a person types: "0.5", ".5", "−2" (typographic minus), "1e-3", " 3 ". */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\u2212/g, '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
