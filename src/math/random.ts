// Seeded pseudo-random numbers: everything random in the guide (sampling widgets, generated
// cards, bootstrap) goes through here, so a seed reproduces it exactly.
import { checkDistribution } from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';

/** A seeded generator; see createRng. */
export interface Rng {
  /** Uniform in [0, 1), with 32 random bits. */
  next(): number;
  /** Standard normal N(0, 1) (mean 0, standard deviation 1). */
  normal(): number;
  /** Uniform integer in [0, n) for an integer 1 ≤ n ≤ 2³², without modulo bias. */
  int(n: number): number;
}

const TWO_32 = 4294967296;

/** splitmix32: spreads a seed's bits so that nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
  let a = state | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/**
 * Seeded generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, which passes
 * PractRand and BigCrush) seeded through splitmix32. The same integer seed always gives the
 * same sequence, on every JavaScript engine. normal() uses the Box–Muller transform.
 * @param seed any safe integer, e.g. createRng(42).
 */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new MathInputError(`createRng: seed must be an integer, got ${String(seed)}`);
  }
  const mix = splitmix32((seed >>> 0) ^ Math.imul(Math.floor(seed / TWO_32) | 0, 0x85ebca6b));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // the first outputs still echo the seed's structure; discard them as sfc32's author advises
  for (let i = 0; i < 12; i++) nextU32();
  let spare: number | null = null;
  const next = (): number => nextU32() / TWO_32;
  return {
    next,
    normal() {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return z;
      }
      // 1 − u lies in (0, 1], so the log is finite
      const r = Math.sqrt(-2 * Math.log(1 - next()));
      const theta = 2 * Math.PI * next();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
    int(n: number) {
      if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
        throw new MathInputError(`rng.int: n must be an integer in [1, 2^32], got ${String(n)}`);
      }
      // reject the top sliver of 2³² that n does not divide evenly, so every value is equally likely
      const limit = TWO_32 - (TWO_32 % n);
      for (;;) {
        const u = nextU32();
        if (u < limit) return u % n;
      }
    },
  };
}

/** Draws an index i with probability p[i] (inverse-CDF sampling with one uniform). */
export function sampleCategorical(p: Vector, rng: Rng): number {
  checkDistribution('sampleCategorical', 'p', p);
  const u = rng.next();
  let cum = 0;
  for (let i = 0; i < p.length; i++) {
    cum += p[i] as number;
    if (u < cum) return i;
  }
  // rounding can leave the total a hair below 1: fall back to the last outcome with mass
  for (let i = p.length - 1; i > 0; i--) if ((p[i] as number) > 0) return i;
  return 0;
}
