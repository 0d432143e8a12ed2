import type { Point } from './data';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** The NumPy a reader would type next: the same data, model and training loop. */
export function numpyCode(points: readonly Point[], lr: number, steps: number): string {
  const rows: string[] = [];
  for (let i = 0; i < points.length; i += 4) {
    const chunk = points.slice(i, i + 4).map((p) => `[${py(p.x)}, ${py(p.y)}]`);
    rows.push(`    ${chunk.join(', ')},`);
  }
  return [
    'import numpy as np',
    '',
    'X = np.array([',
    ...rows,
    '])',
    `y = np.array([${points.map((p) => p.label).join(', ')}])`,
    'Xb = np.hstack([X, np.ones((len(X), 1))])   # a column of 1s carries the bias b',
    '',
    'w = np.zeros(3)   # [w1, w2, b]',
    `lr = ${lr}`,
    `for step in range(${steps}):`,
    '    z = Xb @ w                       # logits',
    '    p = 1 / (1 + np.exp(-z))         # sigmoid',
    '    w -= lr * Xb.T @ (p - y) / len(y)   # gradient of the mean cross-entropy',
    '',
    'z = Xb @ w',
    'loss = np.mean(np.logaddexp(0, z) - y * z)   # cross-entropy from logits: no log(0)',
    'accuracy = np.mean((z >= 0) == y)',
  ].join('\n');
}
