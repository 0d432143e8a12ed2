// The NumPy a reader would type next for the widget's current state.

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

export interface NumpyInput {
  logits: readonly number[];
  labels: readonly string[];
  t: number;
  k: number | null;
  p: number | null;
  seed: number;
  draws: number;
}

export function numpyCode({ logits, labels, t, k, p, seed, draws }: NumpyInput): string {
  const lines = [
    'import numpy as np',
    '',
    // JSON string literals are valid Python string literals, quotes and backslashes escaped
    `tokens = [${labels.map((label) => JSON.stringify(label)).join(', ')}]`,
    `z = np.array([${logits.map(py).join(', ')}])  # logits`,
    `T = ${py(t)}`,
    '',
    'def softmax(z, T=1.0):',
    '    s = (z - z.max()) / T  # subtract the max first: np.exp(1000.0) is inf',
    '    e = np.exp(s)',
    '    return e / e.sum()',
    '',
    'p = softmax(z, T)',
    'nz = p[p > 0]  # 0 · log 0 counts as 0',
    'H = -(nz * np.log(nz)).sum()  # entropy in nats',
    'H / np.log(2), np.exp(H)  # entropy in bits, perplexity',
    '',
    'q = p.copy()  # the distribution to sample from',
  ];
  if (k !== null) {
    lines.push(
      `keep = np.argsort(-q, kind="stable")[:${k}]  # top-k: the ${k} most probable`,
      'mask = np.zeros_like(q, dtype=bool)',
      'mask[keep] = True',
      'q = np.where(mask, q, 0.0)',
      'q /= q.sum()  # renormalise',
    );
  }
  if (p !== null) {
    lines.push(
      'order = np.argsort(-q, kind="stable")',
      `n_keep = np.searchsorted(np.cumsum(q[order]), ${py(p)}) + 1  # top-p: smallest set reaching p`,
      'q = np.where(np.isin(np.arange(len(q)), order[:n_keep]), q, 0.0)',
      'q /= q.sum()  # renormalise',
    );
  }
  lines.push(
    '',
    `rng = np.random.default_rng(${seed})  # NumPy's generator is not the widget's:`,
    `draws = rng.choice(len(q), size=${Math.max(draws, 100)}, p=q)  # same proportions, other counts`,
    'dict(zip(tokens, np.bincount(draws, minlength=len(q))))',
  );
  return lines.join('\n');
}
