// What a reader types for a number: 0.787, .787, 78.7%, 7.87e-1, 7.87×10^-1, −0.5 (typographic
// minus), 1,000, 3/4, "0.36 nats". Anything else is "not an answer yet", never a wrong answer.

export type ParsedAnswer =
  { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'not-a-number'; hint: string };

const superDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const plain = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const thousands = /^([-+]?)([1-9]\d{0,2}(?:,\d{3})+)(\.\d*)?$/;
const example = 'type a number such as 0.25, .25, 25% or 2.5e-1';

function toNumber(text: string): number | null {
  if (!plain.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * Parses one typed answer. `unit` is the card's unit: a trailing unit word is dropped, and when
 * the unit is "%" a percent sign is the unit rather than "÷ 100".
 */
export function parseAnswer(input: string, unit?: string): ParsedAnswer {
  let text = input
    .replace(/[\s\u00a0\u2009\u202f]+/g, '')
    .replace(/[\u2212\u2013\u2012]/g, '-')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(superDigits.indexOf(c)))
    .replace(/⁻/g, '-')
    .replace(/⁺/g, '+');
  if (text === '') return { kind: 'empty' };
  if (unit && unit !== '%' && text.toLowerCase().endsWith(unit.toLowerCase().replace(/\s+/g, ''))) {
    text = text.slice(0, text.length - unit.replace(/\s+/g, '').length);
  }
  let factor = 1;
  if (text.endsWith('%')) {
    text = text.slice(0, -1);
    if (unit !== '%') factor = 0.01;
  }
  // 7.87×10^-1, 7.87x10^-1, 7.87*10^-1, 7.87·10⁻¹ → 7.87e-1
  text = text.replace(/^(.+?)(?:[×x*·]10\^?)([-+]?\d+)$/i, '$1e$2');
  const grouped = thousands.exec(text);
  if (grouped)
    text = `${grouped[1] ?? ''}${(grouped[2] ?? '').replace(/,/g, '')}${grouped[3] ?? ''}`;
  if (text.includes(',')) {
    return { kind: 'not-a-number', hint: 'write decimals with a point, as in 0.25' };
  }
  const fraction = /^([^/]+)\/([^/]+)$/.exec(text);
  if (fraction) {
    const top = toNumber(fraction[1] ?? '');
    const bottom = toNumber(fraction[2] ?? '');
    if (top !== null && bottom !== null && bottom !== 0) {
      return { kind: 'number', value: (top / bottom) * factor };
    }
    return { kind: 'not-a-number', hint: example };
  }
  const value = toNumber(text);
  return value === null
    ? { kind: 'not-a-number', hint: example }
    : { kind: 'number', value: value * factor };
}
