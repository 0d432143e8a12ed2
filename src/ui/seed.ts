// Seeds of the widgets that draw random numbers: the range their fields and links take, and the
// seed "New seed" moves to.
import { createRng } from '../math';

/** The largest seed a field or link takes, 2³² − 1: createRng takes any safe integer, but a
 *  link stays short. */
export const SEED_MAX = 4_294_967_295;

/**
 * The seed after `seed` when a reader asks for a new one: drawn from a generator seeded with it,
 * so a sequence of new seeds is itself reproducible, and short enough to read aloud.
 */
export function nextSeed(seed: number): number {
  return createRng(seed).int(1_000_000);
}
