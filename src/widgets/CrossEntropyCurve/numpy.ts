import type { BarView, CurvePoint } from './model';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));
const arr = (xs: readonly number[]) => `np.array([${xs.map(py).join(', ')}])`;

/** The NumPy a reader would type next for the current curve point and bars. */
export function numpyCode(point: CurvePoint, bars: BarView): string {
  const t = bars.target;
  const y = [0, 1, 2].map((i) => (i === t ? 1 : 0));
  const barLines = bars.logits
    ? [
        `z = ${arr(bars.logits)}   # logits`,
        '# log-softmax straight from the logits: never takes log(0), so no clipping needed',
        'log_p = z - z.max() - np.log(np.exp(z - z.max()).sum())',
        `-log_p[${t}]          # cross-entropy for true class ${t}`,
        '# PyTorch: torch.nn.functional.cross_entropy(torch.tensor([z]), torch.tensor([' +
          `${t}]))`,
      ]
    : [
        `p = ${arr(bars.probs)}   # predicted probabilities`,
        `y = np.array([${y.join(', ')}])   # one-hot target: class ${t}`,
        '-np.sum(y * np.log(np.clip(p, eps, 1 - eps)))',
      ];
  return [
    'import numpy as np',
    '',
    `eps = ${point.eps}   # clip before the log: log(0) is -inf`,
    `q = ${py(point.q)}   # probability given to the true class`,
    '-np.log(np.clip(q, eps, 1 - eps))',
    '',
    ...barLines,
  ].join('\n');
}
