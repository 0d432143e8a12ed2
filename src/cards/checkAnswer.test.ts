import { describe, expect, it } from 'vitest';
import { checkAnswer, digitsFor, within } from './checkAnswer';
import type { CheckableInstance } from './checkAnswer';
import { mistakes } from './mistakes';

const card = { id: 'test/card', lesson: 'test', type: 'numeric' as const, title: 'A card' };

const numeric = (expected: number, tolerance: number, extra: Partial<CheckableInstance> = {}) =>
  ({
    card,
    seed: 1,
    prompt: null,
    answer: null,
    numeric: { expected, tolerance },
    ...extra,
  }) satisfies CheckableInstance;

const text = (t: string) => ({ text: t });

describe('checkAnswer on numbers', () => {
  const softmax = numeric(0.78698, 0.0005, { mistakes: [{ id: 'no-temperature', value: 0.5 }] });

  it('accepts every form of the right answer', () => {
    for (const typed of ['0.787', '.787', '78.7%', '7.87e-1', '0.78698', '0.7865', '0.7874']) {
      expect(checkAnswer(softmax, text(typed)), typed).toMatchObject({ kind: 'right' });
    }
  });

  it('is inclusive at the tolerance edge and exclusive just beyond it', () => {
    const half = numeric(0.787, 0.0005);
    // 0.7875 − 0.787 is 0.0005000000000000004 in binary: still inside
    expect(checkAnswer(half, text('0.7875')).kind).toBe('right');
    expect(checkAnswer(half, text('0.7865')).kind).toBe('right');
    expect(checkAnswer(half, text('0.78751')).kind).toBe('wrong');
    expect(checkAnswer(half, text('0.78649')).kind).toBe('wrong');
    expect(within(0.7875, 0.787, 0.0005)).toBe(true);
  });

  it('says the right answer and the typed one when wrong, and hints at rounding when close', () => {
    const check = checkAnswer(softmax, text('0.79'));
    expect(check.kind).toBe('wrong');
    expect(check.message).toContain('0.787');
    expect(check.message).toContain('0.79');
    expect(check.message).toMatch(/rounding/);
    expect(checkAnswer(softmax, text('0.2')).message).not.toMatch(/rounding/);
  });

  it('names a known mistake', () => {
    const check = checkAnswer(softmax, text('0.5'));
    expect(check).toMatchObject({ kind: 'wrong', mistake: mistakes['no-temperature'].name });
    expect(check.message).toContain(mistakes['no-temperature'].explain);
  });

  it('treats empty and unreadable input as not an answer yet', () => {
    expect(checkAnswer(softmax, text('')).kind).toBe('not-an-answer');
    expect(checkAnswer(softmax, text('  ')).kind).toBe('not-an-answer');
    const check = checkAnswer(softmax, text('about a half'));
    expect(check.kind).toBe('not-an-answer');
    expect(check.message).toMatch(/not a number yet/);
    expect(checkAnswer(softmax, text('0,787')).message).toMatch(/point/);
  });

  it('shows the answer with the precision the tolerance implies', () => {
    expect(digitsFor(0.0005)).toBe(3);
    expect(digitsFor(0.00005)).toBe(4);
    expect(digitsFor(0.005)).toBe(2);
    expect(digitsFor(0.5)).toBe(0);
    expect(checkAnswer(numeric(2.9292, 0.00005), text('2.9292')).message).toBe(
      'Right: the answer is 2.9292.',
    );
    expect(checkAnswer(numeric(-0.213, 0.00005), text('-0.2')).message).toMatch(/−0\.213/);
  });

  it('accepts a trailing unit', () => {
    const nats = numeric(0.3567, 0.00005, {
      numeric: { expected: 0.3567, tolerance: 0.00005, unit: 'nats' },
    });
    expect(checkAnswer(nats, text('0.3567 nats')).kind).toBe('right');
  });
});

describe('checkAnswer on choices', () => {
  const choice: CheckableInstance = {
    card: { ...card, type: 'choice' },
    seed: 1,
    prompt: null,
    answer: null,
    choices: { options: ['a', 'b', 'c'], correct: 1 },
    optionMistakes: [undefined, undefined, 'critical-one-over-c'],
  };

  it('right, wrong, and a wrong option tied to a mistake', () => {
    expect(checkAnswer(choice, { choice: 1 })).toMatchObject({ kind: 'right' });
    const wrong = checkAnswer(choice, { choice: 0 });
    expect(wrong.kind).toBe('wrong');
    expect(wrong.message).toContain('option 2');
    expect(checkAnswer(choice, { choice: 0 })).not.toHaveProperty('mistake');
    expect(checkAnswer(choice, { choice: 2 })).toMatchObject({
      kind: 'wrong',
      mistake: mistakes['critical-one-over-c'].name,
    });
  });

  it('no choice, or an index outside the options, is not an answer yet', () => {
    expect(checkAnswer(choice, { choice: null }).kind).toBe('not-an-answer');
    expect(checkAnswer(choice, { choice: 3 }).kind).toBe('not-an-answer');
    expect(checkAnswer(choice, { choice: -1 }).kind).toBe('not-an-answer');
  });
});
