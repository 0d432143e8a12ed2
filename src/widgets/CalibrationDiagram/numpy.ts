import type { Params } from './params';

/** The NumPy a reader would type next: ECE for their own logits, and temperature scaling. */
export function numpyCode(state: Params): string {
  return [
    'import numpy as np',
    'from scipy.special import softmax, log_softmax',
    'from scipy.optimize import minimize_scalar',
    '',
    '# logits: (n, classes) model outputs on a test set, y: the true labels',
    `T = ${state.t}`,
    'p = softmax(logits / T, axis=1)',
    'conf, pred = p.max(axis=1), p.argmax(axis=1)',
    'correct = pred == y',
    '',
    `edges = np.linspace(0, 1, ${state.bins + 1})`,
    `b = np.minimum(np.digitize(conf, edges) - 1, ${state.bins - 1})   # bin of each prediction`,
    'ece = sum((b == k).mean() * abs(correct[b == k].mean() - conf[b == k].mean())',
    `          for k in range(${state.bins}) if (b == k).any())`,
    '',
    '# temperature scaling: one divisor, fitted on held-out (validation) logits',
    'def nll(s):',
    '    return -log_softmax(val_logits / s, axis=1)[np.arange(len(val_y)), val_y].mean()',
    '',
    'T_star = minimize_scalar(nll, bounds=(0.05, 20), method="bounded").x',
    'p_fixed = softmax(logits / T_star, axis=1)   # same argmax, so the same accuracy',
  ].join('\n');
}
