import type { Params } from './params';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** The NumPy/SciPy a reader would type next for the current simulation. */
export function numpyCode({ n, p, batches, k, seed }: Params): string {
  const mean = n * p;
  const sd = Math.sqrt(n * p * (1 - p));
  return [
    'import numpy as np',
    'from scipy import stats',
    '',
    "# NumPy's generator draws other numbers than this page's, so counts differ a little",
    `rng = np.random.default_rng(${seed})`,
    `flips = rng.random((${batches}, ${n})) < ${py(p)}  # ${batches} batches of ${n} flips, True = heads`,
    'heads = flips.sum(axis=1)                 # heads in each batch',
    `counts = np.bincount(heads, minlength=${n + 1})  # the histogram`,
    '',
    `(heads >= ${k}).mean()                     # simulated P(heads ≥ ${k})`,
    `stats.binom.sf(${k - 1}, ${n}, ${py(p)})             # exact: P(X ≥ ${k}) = P(X > ${k - 1})`,
    sd > 0
      ? `stats.norm.sf(${k - 0.5}, loc=${py(mean)}, scale=${py(Number(sd.toPrecision(6)))})  # normal approximation, continuity-corrected`
      : '# no normal approximation: with p = 0 or 1 the spread is 0',
  ].join('\n');
}
