// Flipping the coins: every batch is n real draws from the seeded generator (heads when
// u < p), not a shortcut through the binomial formula, so the histogram is evidence rather than
// the formula drawn twice.
import { createRng } from '../../math';

export interface HeadsSource {
  /** Head counts of the first `batches` batches (the same prefix for any larger request). */
  take(batches: number): Int32Array;
}

/**
 * The batches of one (n, p, seed) as a growing stream: asking for more batches continues the
 * generator, so moving the batches slider never re-flips the batches already drawn.
 */
export function headsSource(n: number, p: number, seed: number): HeadsSource {
  const rng = createRng(seed);
  let heads = new Int32Array(0);
  return {
    take(batches: number) {
      if (batches > heads.length) {
        const grown = new Int32Array(batches);
        grown.set(heads);
        for (let b = heads.length; b < batches; b++) {
          let h = 0;
          for (let i = 0; i < n; i++) if (rng.next() < p) h++;
          grown[b] = h;
        }
        heads = grown;
      }
      return heads.subarray(0, batches);
    },
  };
}

/** counts[j] = how many of the batches had j heads, for j = 0…n. */
export function histogram(heads: Int32Array, n: number): Int32Array {
  const counts = new Int32Array(n + 1);
  for (const h of heads) counts[h] = (counts[h] ?? 0) + 1;
  return counts;
}
