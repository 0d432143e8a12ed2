// The toy "sentence" pipeline: words → fixed embeddings → seeded projections → Q, K, V.
// Nothing here is learned; it is random but reproducible, so a shared link shows the same map.
import { createRng, matmul } from '../../math';
import type { Matrix } from '../../math';

/** Width of a token embedding. */
export const D_MODEL = 16;
/** Width of a value vector (kept small so the output fits on screen). */
export const D_V = 4;
export const DK_CHOICES = [2, 4, 8, 16, 64] as const;
export type Dk = (typeof DK_CHOICES)[number];

export const MIN_TOKENS = 2;
/** Most words a reader may type; the stress preset goes beyond it on purpose. */
export const MAX_TOKENS = 64;
export const STRESS_TOKENS = 128;
export const MAX_WORD_LENGTH = 40;

/** Whitespace tokens, as a first tokenizer would split them. */
export function tokenize(text: string): string[] {
  return text.split(/\s+/).filter((t) => t.length > 0);
}

/** The tokens of `text`, or why it cannot be used (too few/many words, a runaway word). */
export function checkSentence(text: string): { tokens: string[] } | { error: string } {
  const tokens = tokenize(text);
  if (tokens.length < MIN_TOKENS) {
    return { error: `Type at least ${MIN_TOKENS} words separated by spaces.` };
  }
  if (tokens.length > MAX_TOKENS) {
    return {
      error: `That is ${tokens.length} words; the widget takes ${MIN_TOKENS} to ${MAX_TOKENS} (the stress test button shows ${STRESS_TOKENS}).`,
    };
  }
  const long = tokens.find((t) => t.length > MAX_WORD_LENGTH);
  if (long) return { error: `Words can be at most ${MAX_WORD_LENGTH} characters long.` };
  return { tokens };
}

/** FNV-1a over the UTF-16 code units of the lower-cased word: a stable 32-bit seed per word. */
export function hashToken(token: string): number {
  const word = token.toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The word's embedding: D_MODEL standard normals drawn from a generator seeded by the word. */
export function embedToken(token: string): number[] {
  const rng = createRng(hashToken(token));
  return Array.from({ length: D_MODEL }, () => rng.normal());
}

function randomMatrix(rng: ReturnType<typeof createRng>, rows: number, cols: number) {
  // entries N(0, 1/D_MODEL), so every component of x·W has variance ≈ 1 like x's own
  const sd = 1 / Math.sqrt(D_MODEL);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.normal() * sd));
}

export interface Projections {
  Wq: number[][];
  Wk: number[][];
  Wv: number[][];
}

/** W_q, W_k (D_MODEL × d_k) and W_v (D_MODEL × D_V) drawn in that order from createRng(seed). */
export function projections(seed: number, dk: number): Projections {
  const rng = createRng(seed);
  const Wq = randomMatrix(rng, D_MODEL, dk);
  const Wk = randomMatrix(rng, D_MODEL, dk);
  const Wv = randomMatrix(rng, D_MODEL, D_V);
  return { Wq, Wk, Wv };
}

export interface SentenceInputs {
  X: Matrix;
  Q: number[][];
  K: number[][];
  V: number[][];
}

/** Q = X W_q, K = X W_k, V = X W_v for the sentence's embeddings X (one row per token). */
export function sentenceInputs(
  tokens: readonly string[],
  seed: number,
  dk: number,
): SentenceInputs {
  const cache = new Map<string, number[]>();
  const X = tokens.map((t) => {
    const key = t.toLowerCase();
    let row = cache.get(key);
    if (!row) {
      row = embedToken(t);
      cache.set(key, row);
    }
    return row;
  });
  const { Wq, Wk, Wv } = projections(seed, dk);
  return { X, Q: matmul(X, Wq), K: matmul(X, Wk), V: matmul(X, Wv) };
}

const STRESS_WORDS = (
  'the a model token reads every other word and weighs what it finds before passing values ' +
  'forward through each layer of attention so that meaning flows from context into the output'
).split(' ');

/** A fixed 128-word passage (words drawn with createRng(128)) to show the heatmap at scale. */
export const STRESS_TOKENS_LIST: readonly string[] = (() => {
  const rng = createRng(STRESS_TOKENS);
  return Array.from(
    { length: STRESS_TOKENS },
    () => STRESS_WORDS[rng.int(STRESS_WORDS.length)] ?? 'the',
  );
})();
