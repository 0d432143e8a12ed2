import type { Params } from './params';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** The NumPy a reader would type next for the current probabilities. */
export function numpyCode({ prior, pos, neg }: Params): string {
  const impossible = pos * prior + neg * (1 - prior) === 0;
  return [
    'import numpy as np',
    '',
    `prior = np.array([${py(prior)}, 1 - ${py(prior)}])  # P(spam), P(ham)`,
    `likelihood = np.array([${py(pos)}, ${py(neg)}])  # P("winner" | spam), P("winner" | ham)`,
    '',
    'joint = likelihood * prior         # P(spam, "winner"), P(ham, "winner")',
    'evidence = joint.sum()             # P("winner")',
    impossible
      ? 'posterior = joint / evidence      # evidence is 0 here: NumPy warns and gives nan'
      : 'posterior = joint / evidence      # P(spam | "winner"), P(ham | "winner")',
    '',
    '# the icon array: 1,000 emails as whole counts',
    'spam = round(1000 * prior[0])',
    'counts = np.round(np.array([spam, 1000 - spam]) * likelihood)  # with "winner"',
  ].join('\n');
}
