import type { BootstrapView } from './model';

/** The NumPy/SciPy a reader would type next: the very same sample, both intervals. */
export function numpyCode(view: BootstrapView): string {
  const { resamples, confidence, boot } = view.params;
  const lower = Number((((1 - confidence) / 2) * 100).toFixed(2));
  const values: string[] = [];
  for (let i = 0; i < view.sample.length; i += 8) {
    values.push(
      `    ${view.sample
        .slice(i, i + 8)
        .map(String)
        .join(', ')},`,
    );
  }
  return [
    'import numpy as np',
    'from scipy import stats',
    '',
    'losses = np.array([',
    ...values,
    '])',
    'n = len(losses)',
    '',
    "# NumPy's generator draws other resamples than this page's: expect small differences",
    `rng = np.random.default_rng(${boot})`,
    `idx = rng.integers(0, n, size=(${resamples}, n))   # ${resamples} resamples, with replacement`,
    'boot_means = losses[idx].mean(axis=1)',
    `np.percentile(boot_means, [${lower}, ${100 - lower}])   # bootstrap percentile interval`,
    '',
    `stats.t.interval(${confidence}, n - 1, loc=losses.mean(), scale=stats.sem(losses))  # t-interval`,
  ].join('\n');
}
