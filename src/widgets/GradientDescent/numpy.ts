import { REGRESSION_X, REGRESSION_Y } from './functions';
import type { GdView } from './model';
import { lossText, pointText } from './status';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));
const list = (vs: readonly number[]) => `[${vs.map(py).join(', ')}]`;

function definitions(view: GdView): string[] {
  const { fn, kappa } = view.input;
  switch (fn) {
    case 'quadratic':
      return ['def loss(x):', '    return x ** 2', '', 'def grad(x):', '    return 2 * x'];
    case 'regression':
      return [
        `xs = np.array(${list(REGRESSION_X)})`,
        `ys = np.array(${list(REGRESSION_Y)})`,
        '',
        'def loss(w):',
        '    return np.mean((w * xs - ys) ** 2)',
        '',
        'def grad(w):',
        '    return 2 / len(xs) * np.sum((w * xs - ys) * xs)',
      ];
    case 'bumpy':
      return [
        'def loss(x):',
        '    return 0.1 * x**4 - x**2 + 0.5 * x',
        '',
        'def grad(x):',
        '    return 0.4 * x**3 - 2 * x + 0.5',
      ];
    case 'valley':
      return [
        `kappa = ${py(kappa)}  # condition number: the valley is kappa times steeper across`,
        '',
        'def loss(p):',
        '    return 0.5 * (p[0] ** 2 + kappa * p[1] ** 2)',
        '',
        'def grad(p):',
        '    return np.array([p[0], kappa * p[1]])',
      ];
  }
}

/** The NumPy a reader would type next to reproduce the widget's run. */
export function numpyCode(view: GdView): string {
  const { eta, beta, x0, steps } = view.input;
  const twoD = view.objective.symbols.length === 2;
  const p = view.objective.symbols.length === 1 ? (view.objective.symbols[0] ?? 'x') : 'p';
  const start = twoD ? `np.array(${list(x0)})` : py(x0[0] ?? 0);
  const update =
    beta > 0
      ? [`    v = beta * v + grad(${p})`, `    ${p} = ${p} - lr * v`]
      : [`    ${p} = ${p} - lr * grad(${p})`];
  const result = view.overflowed
    ? '# the loss overflows: NumPy prints inf or nan with a RuntimeWarning'
    : `# ${pointText(view.objective.symbols, view.current.x)}, loss ${lossText(view.current.loss)}`;
  return [
    'import numpy as np',
    '',
    ...definitions(view),
    '',
    `${p} = ${start}`,
    `lr = ${py(eta)}`,
    ...(beta > 0 ? [`beta = ${py(beta)}  # momentum`, `v = ${twoD ? 'np.zeros(2)' : '0.0'}`] : []),
    `for step in range(${steps}):`,
    ...update,
    '',
    `print(${p}, loss(${p}))  ${result}`,
  ].join('\n');
}
