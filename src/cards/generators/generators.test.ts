// Properties every generator must have, over 1,000 seeds each: deterministic, finite answers
// stated in the worked solution, a correctly rounded answer accepted, and every known mistake
// both distinguishable from the answer and named by the checker.
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../checkAnswer';
import type { CheckableInstance } from '../checkAnswer';
import { mistakes } from '../mistakes';
import { fixed } from './text';
import { generators } from '.';
import type { Exercise } from './types';

const SEEDS = 1000;

/** The instance CardView would check, without rendering anything. */
function instanceOf(name: string, seed: number, exercise: Exercise): CheckableInstance {
  const card = { id: `test/${name}`, lesson: 'test', type: 'generated' as const, title: name };
  const base = { card, seed, prompt: null, answer: null };
  const a = exercise.answer;
  if (a.kind === 'choice') {
    return {
      ...base,
      choices: { options: [...a.options], correct: a.correct },
      ...(a.optionMistakes ? { optionMistakes: a.optionMistakes } : {}),
    };
  }
  return {
    ...base,
    numeric: { expected: a.expected, tolerance: a.tolerance },
    mistakes: a.mistakes,
  };
}

describe.each([...generators.values()])('generator $name', (generator) => {
  it('gives the same exercise for the same seed and varies with the seed', () => {
    expect(generator.generate(42)).toEqual(generator.generate(42));
    const prompts = new Set(
      Array.from({ length: 50 }, (_, s) => generator.generate(s).prompt.join('')),
    );
    expect(prompts.size).toBeGreaterThan(5);
  });

  it('has a finite answer that the worked solution states, over 1,000 seeds', () => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const { answer, solution, prompt } = generator.generate(seed);
      const text = solution.join('\n');
      expect(prompt.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
      if (answer.kind === 'numeric') {
        expect(Number.isFinite(answer.expected)).toBe(true);
        expect(text, `seed ${seed}`).toContain(fixed(answer.expected, answer.digits));
      } else {
        expect(answer.correct).toBeGreaterThanOrEqual(0);
        expect(answer.correct).toBeLessThan(answer.options.length);
        expect(new Set(answer.options).size).toBe(answer.options.length);
        expect(text, `seed ${seed}`).toContain(answer.options[answer.correct]);
      }
    }
  });

  it('accepts the answer rounded as asked and names every known mistake, over 1,000 seeds', () => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const exercise = generator.generate(seed);
      const instance = instanceOf(generator.name, seed, exercise);
      const a = exercise.answer;
      if (a.kind === 'choice') {
        expect(checkAnswer(instance, { choice: a.correct }).kind).toBe('right');
        a.optionMistakes?.forEach((id, i) => {
          if (!id || i === a.correct) return;
          const check = checkAnswer(instance, { choice: i });
          expect(check).toMatchObject({ kind: 'wrong', mistake: mistakes[id].name });
        });
        continue;
      }
      expect(checkAnswer(instance, { text: a.expected.toFixed(a.digits) }).kind).toBe('right');
      for (const m of a.mistakes) {
        // far enough from the answer that a rounded mistake is never accepted
        expect(Math.abs(m.value - a.expected), `seed ${seed} ${m.id}`).toBeGreaterThan(
          2 * a.tolerance,
        );
        for (const typed of [String(m.value), m.value.toFixed(a.digits)]) {
          const check = checkAnswer(instance, { text: typed });
          expect(check, `seed ${seed}: ${typed}`).toMatchObject({
            kind: 'wrong',
            mistake: mistakes[m.id].name,
          });
        }
      }
    }
  });
});

describe('the generator registry', () => {
  it('has unique names and at least two generators for each syllabus lesson', () => {
    expect(generators.size).toBeGreaterThanOrEqual(20);
    for (const name of generators.keys()) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
