import type { GraphId, Inputs } from './graphs';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** Python for the current graph: forward, backward by hand, the numeric check, and PyTorch. */
export function numpyCode(graph: GraphId, { x, w, b, y }: Inputs): string {
  if (graph === 'chain') {
    return [
      'import numpy as np',
      '',
      `x = ${py(x)}`,
      'u = 3 * x + 1              # forward pass: keep every intermediate value',
      'z = u ** 2',
      'dz_du = 2 * u              # backward pass: local derivative of z = u²',
      'dz_dx = dz_du * 3          # chain rule: times du/dx = 3',
      '',
      'f = lambda x: (3 * x + 1) ** 2',
      'h = 1e-5',
      'numeric = (f(x + h) - f(x - h)) / (2 * h)',
      'abs(numeric - dz_dx) / max(abs(numeric), abs(dz_dx))  # relative error, tiny',
      '',
      '# PyTorch builds the graph during the forward pass and runs this backward pass for you:',
      `# x = torch.tensor(${py(x)}, requires_grad=True); z = (3 * x + 1) ** 2; z.backward(); x.grad`,
    ].join('\n');
  }
  return [
    'import numpy as np',
    '',
    'sigmoid = lambda s: 1 / (1 + np.exp(-s))',
    `x, w, b, y = ${py(x)}, ${py(w)}, ${py(b)}, ${py(y)}`,
    '',
    'p = w * x; s = p + b; a = sigmoid(s); L = (a - y) ** 2   # forward',
    'dL_da = 2 * (a - y)                                       # backward, from the loss',
    'dL_ds = dL_da * a * (1 - a)      # sigmoid′(s) = σ(s)(1 − σ(s)) ≤ 0.25',
    'dL_dw = dL_ds * x                # ds/dp = 1, dp/dw = x',
    'dL_db = dL_ds                    # ds/db = 1',
    '',
    'loss = lambda w, b: (sigmoid(w * x + b) - y) ** 2',
    'h = 1e-5',
    'numeric_w = (loss(w + h, b) - loss(w - h, b)) / (2 * h)',
    'numeric_b = (loss(w, b + h) - loss(w, b - h)) / (2 * h)',
    '',
    '# PyTorch: w = torch.tensor(w, requires_grad=True), the same for b, then',
    '# L = (torch.sigmoid(w * x + b) - y) ** 2; L.backward(); w.grad, b.grad',
  ].join('\n');
}
