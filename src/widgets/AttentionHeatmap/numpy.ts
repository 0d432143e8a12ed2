import { D_MODEL, D_V } from './embeddings';
import type { AttentionSettings } from './model';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));
const pyMatrix = (m: readonly (readonly number[])[]) =>
  `np.array([${m.map((row) => `[${row.map(py).join(', ')}]`).join(', ')}])`;

function attentionLines(settings: AttentionSettings, dk: string): string[] {
  const divide = settings.scale ? ` / np.sqrt(${dk})` : '';
  const temperature = settings.temperature === 1 ? '' : ' / T';
  return [
    `scores = Q @ K.T${divide}${temperature}${settings.scale ? '' : '  # no √d_k scaling'}`,
    settings.causal
      ? 'scores[np.triu(np.ones(scores.shape, dtype=bool), k=1)] = -np.inf  # causal mask'
      : '# causal mask: scores[np.triu(np.ones(scores.shape, dtype=bool), k=1)] = -np.inf',
    'weights = np.exp(scores - scores.max(axis=1, keepdims=True))  # subtract the max: no overflow',
    'weights /= weights.sum(axis=1, keepdims=True)  # softmax per row: each row sums to 1',
    'output = weights @ V  # row i = weighted average of the value rows',
  ];
}

/** The NumPy for matrices mode: the reader's own Q, K, V. */
export function numpyMatrices(
  Q: readonly (readonly number[])[],
  K: readonly (readonly number[])[],
  V: readonly (readonly number[])[],
  settings: AttentionSettings,
): string {
  return [
    'import numpy as np',
    '',
    `Q = ${pyMatrix(Q)}  # one row per query`,
    `K = ${pyMatrix(K)}  # one row per key`,
    `V = ${pyMatrix(V)}  # one value row per key`,
    ...(settings.temperature === 1 ? [] : [`T = ${py(settings.temperature)}  # temperature`]),
    'd_k = Q.shape[1]',
    '',
    ...attentionLines(settings, 'd_k'),
    'print(weights.round(3))',
    'print(output.round(3))',
  ].join('\n');
}

/** The NumPy for sentence mode: the same pipeline, with NumPy's own random numbers. */
export function numpySentence(
  tokens: readonly string[],
  seed: number,
  dk: number,
  settings: AttentionSettings,
): string {
  return [
    'import zlib',
    'import numpy as np',
    '',
    `tokens = ${JSON.stringify(tokens.join(' '))}.split()`,
    `d_model, d_k, d_v = ${D_MODEL}, ${dk}, ${D_V}`,
    ...(settings.temperature === 1 ? [] : [`T = ${py(settings.temperature)}  # temperature`]),
    '',
    '# toy embeddings: the same word always gets the same random vector',
    "# (NumPy's generator is not the widget's, so the numbers differ; the steps are the same)",
    'def embed(word):',
    '    rng = np.random.default_rng(zlib.crc32(word.lower().encode()))',
    '    return rng.standard_normal(d_model)',
    '',
    'X = np.stack([embed(w) for w in tokens])  # (n, d_model)',
    `rng = np.random.default_rng(${seed})  # "Reseed" changes this seed`,
    'W_q = rng.standard_normal((d_model, d_k)) / np.sqrt(d_model)',
    'W_k = rng.standard_normal((d_model, d_k)) / np.sqrt(d_model)',
    'W_v = rng.standard_normal((d_model, d_v)) / np.sqrt(d_model)',
    'Q, K, V = X @ W_q, X @ W_k, X @ W_v',
    '',
    ...attentionLines(settings, 'd_k'),
  ].join('\n');
}
