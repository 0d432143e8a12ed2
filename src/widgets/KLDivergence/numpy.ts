const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(Number(v.toPrecision(6))));
const arr = (xs: readonly number[]) => `np.array([${xs.map(py).join(', ')}])`;

/** The NumPy a reader would type next for the current weights. */
export function numpyCode(p: readonly number[], q: readonly number[]): string {
  return [
    'import numpy as np',
    'from scipy.special import rel_entr   # p * log(p / q), with 0 * log 0 = 0',
    '',
    `P = ${arr(p)}`,
    `Q = ${arr(q)}`,
    'P, Q = P / P.sum(), Q / Q.sum()   # make each sum to 1',
    '',
    '# the naive one-liner is nan as soon as P has a 0: 0 * log(0) = 0 * -inf = nan',
    '# np.sum(P * np.log(P / Q))',
    'kl_pq = rel_entr(P, Q).sum()   # KL(P||Q); inf where Q = 0 < P',
    'kl_qp = rel_entr(Q, P).sum()   # KL(Q||P): a different number',
    'H_P = -np.sum(P[P > 0] * np.log(P[P > 0]))   # entropy H(P)',
    'H_PQ = H_P + kl_pq   # cross-entropy H(P, Q) = -sum(P * log Q)',
  ].join('\n');
}
