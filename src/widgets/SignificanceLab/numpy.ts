import type { SignificanceView } from './model';

/** The NumPy/SciPy a reader would type next for the current comparison. */
export function numpyCode(view: SignificanceView): string {
  const { n, a, b, seed } = view.params;
  return [
    'import numpy as np',
    'from scipy import stats',
    '',
    `n = ${n}`,
    `k_a, k_b = ${view.kA}, ${view.kB}          # correct answers of A and B`,
    'p_a, p_b = k_a / n, k_b / n',
    '',
    'pooled = (k_a + k_b) / (2 * n)',
    'se = np.sqrt(pooled * (1 - pooled) * (2 / n))',
    'z = (p_b - p_a) / se',
    'p_value = 2 * stats.norm.sf(abs(z))          # two-sided',
    '',
    'se_diff = np.sqrt(p_a * (1 - p_a) / n + p_b * (1 - p_b) / n)',
    '(p_b - p_a) + np.array([-1, 1]) * 1.96 * se_diff   # 95% interval of the difference',
    '',
    "# reruns: fresh test sets from the true accuracies (NumPy's draws differ from this page's)",
    `rng = np.random.default_rng(${seed})`,
    `k_a_sim = rng.binomial(n, ${a}, size=200)`,
    `k_b_sim = rng.binomial(n, ${b}, size=200)`,
    '# ...then the same z-test on each pair; the share with p < 0.05 estimates the power',
  ].join('\n');
}
