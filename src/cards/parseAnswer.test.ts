import { describe, expect, it } from 'vitest';
import { parseAnswer } from './parseAnswer';

const value = (text: string, unit?: string) => {
  const parsed = parseAnswer(text, unit);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseAnswer', () => {
  it.each([
    ['0.787', 0.787],
    ['.787', 0.787],
    ['787.', 787],
    ['+0.787', 0.787],
    ['78.7%', 0.787],
    ['78.7 %', 0.787],
    ['7.87e-1', 0.787],
    ['7.87E-1', 0.787],
    ['7.87×10^-1', 0.787],
    ['7.87 x 10^-1', 0.787],
    ['7.87·10⁻¹', 0.787],
    ['−0.5', -0.5],
    ['– 0.5', -0.5],
    ['-0.5', -0.5],
    ['  2.4  ', 2.4],
    ['1,000', 1000],
    ['50,000', 50000],
    ['1,234.5', 1234.5],
    ['3/4', 0.75],
    ['−1/8', -0.125],
    ['24', 24],
    ['9.5367e-7', 9.5367e-7],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 12);
  });

  it('drops the card unit and keeps a percent as the unit when the card is in %', () => {
    expect(value('0.36 nats', 'nats')).toBeCloseTo(0.36, 12);
    expect(value('0.36nats', 'nats')).toBeCloseTo(0.36, 12);
    expect(value('12.5%', '%')).toBeCloseTo(12.5, 12);
    expect(value('12.5', '%')).toBeCloseTo(12.5, 12);
  });

  it('calls empty input empty, not wrong', () => {
    expect(parseAnswer('')).toEqual({ kind: 'empty' });
    expect(parseAnswer('   ')).toEqual({ kind: 'empty' });
  });

  it.each([
    'abc',
    '0.7.8',
    '-',
    '.',
    'e5',
    '1e',
    'NaN',
    'Infinity',
    '1/0',
    '1/2/3',
    '%',
    '0x10',
    '1e999',
  ])('calls %j not a number', (text) => {
    expect(parseAnswer(text).kind).toBe('not-a-number');
  });

  it('asks for a decimal point instead of guessing what a comma means', () => {
    const parsed = parseAnswer('0,787');
    expect(parsed.kind).toBe('not-a-number');
    expect(parsed.kind === 'not-a-number' && parsed.hint).toMatch(/point/);
    expect(parseAnswer('1,5').kind).toBe('not-a-number');
  });
});
