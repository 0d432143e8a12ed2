// What a generator produces: an exercise as plain text with Unicode math (no KaTeX in the
// client), its answer computed by the math core, a worked solution, and the wrong answers that
// known mistakes produce on the same numbers (so a wrong answer can be named, not just marked).
import { createRng } from '../../math';
import type { Rng } from '../../math';
import type { MistakeId } from '../mistakes';

/** A wrong answer that a known mistake gives, computed by running that mistake. */
export interface KnownMistake {
  id: MistakeId;
  value: number;
}

export interface NumericAnswer {
  kind: 'numeric';
  expected: number;
  /** Accepted absolute error. */
  tolerance: number;
  /** Decimals the answer is shown with. */
  digits: number;
  unit?: string;
  mistakes: readonly KnownMistake[];
}

export interface ChoiceAnswer {
  kind: 'choice';
  options: readonly string[];
  correct: number;
  /** For each option, the mistake that leads to it (undefined: none in particular). */
  optionMistakes?: readonly (MistakeId | undefined)[];
}

export interface Exercise {
  /** The question, one paragraph per entry. */
  prompt: readonly string[];
  answer: NumericAnswer | ChoiceAnswer;
  /** The worked solution, one step per entry; it states the answer. */
  solution: readonly string[];
}

/** A generator: seeded parameters, then a pure function of them. */
export interface Generator<P> {
  /** The name content files use (`generator: name`). */
  name: string;
  /** One line for authors: what it asks. */
  describe: string;
  params: (rng: Rng) => P;
  exercise: (params: P) => Exercise;
}

/** The type-erased form the registry keeps. */
export interface RegisteredGenerator {
  name: string;
  describe: string;
  /** Same seed, same exercise: on every engine, forever (review logs store the seed). */
  generate: (seed: number) => Exercise;
}

export const register = <P>(g: Generator<P>): RegisteredGenerator => ({
  name: g.name,
  describe: g.describe,
  generate: (seed) => g.exercise(g.params(createRng(seed))),
});

/** A uniform integer in [lo, hi]. */
export const intIn = (rng: Rng, lo: number, hi: number): number => lo + rng.int(hi - lo + 1);

/** A uniform non-zero integer in [−m, m]. */
export const nonZero = (rng: Rng, m: number): number => {
  const k = 1 + rng.int(m);
  return rng.next() < 0.5 ? -k : k;
};

/** One element of a list, uniformly. */
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)] as T;

/** Draws until `accept` holds (bounded: generators are total, so the last draw is kept). */
export const drawUntil = <T>(rng: Rng, draw: (rng: Rng) => T, accept: (t: T) => boolean): T => {
  let t = draw(rng);
  for (let i = 0; i < 200 && !accept(t); i++) t = draw(rng);
  return t;
};
