import { describe, expect, it } from 'vitest';
import { formatFixed, formatShort, formatSignificant, parseNumber } from './format';

describe('formatFixed(x, digits)', () => {
  it('uses a real minus sign and never prints −0', () => {
    expect(formatFixed(-1.5, 2)).toBe('\u22121.50');
    expect(formatFixed(-0.00001, 3)).toBe('0.000');
    expect(formatFixed(-0, 1)).toBe('0.0');
  });

  it('turns non-finite values into words', () => {
    expect(formatFixed(NaN)).toBe('undefined');
    expect(formatFixed(Infinity)).toBe('overflow');
    expect(formatFixed(-Infinity)).toBe('\u2212overflow');
  });
});

describe('formatShort(x, digits)', () => {
  it('drops trailing zeros', () => {
    expect(formatShort(2)).toBe('2');
    expect(formatShort(0.5)).toBe('0.5');
    expect(formatShort(-1.25, 4)).toBe('\u22121.25');
    expect(formatShort(1 / 3, 3)).toBe('0.333');
  });
});

describe('formatSignificant(x, digits)', () => {
  it('gives 6 significant digits and switches to powers of ten when huge', () => {
    expect(formatSignificant(1.3448241462094919)).toBe('1.34482');
    expect(formatSignificant(-18231.96516600461)).toBe('\u221218232');
    expect(formatSignificant(-2.5869238316834473e66)).toBe('\u22122.58692 × 10^66');
    expect(formatSignificant(0)).toBe('0');
  });
});

describe('parseNumber(text)', () => {
  it('accepts the forms people type', () => {
    expect(parseNumber('0.787')).toBe(0.787);
    expect(parseNumber('.787')).toBe(0.787);
    expect(parseNumber(' 7.87e-1 ')).toBe(0.787);
    expect(parseNumber('\u22122')).toBe(-2);
    expect(parseNumber('+3')).toBe(3);
  });

  it('rejects anything that is not one finite number', () => {
    for (const bad of ['', 'abc', '1,5', '1e400', 'NaN', 'Infinity', '--1', '1.2.3', '0x10']) {
      expect(parseNumber(bad)).toBeNull();
    }
  });
});
