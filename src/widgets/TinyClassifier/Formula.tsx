import { formatFixed } from '../../ui/format';
import type { Theta } from './model';

const n = (x: number) => formatFixed(x, 3);
const paren = (x: number) => (x < 0 ? `(${n(x)})` : n(x));

interface FormulaProps {
  theta: Theta;
  grad: readonly number[];
  next: Theta;
  lr: number;
  loss: number;
}

/** The model, the loss, the gradient and the next update with the current numbers. */
export function Formula({ theta, grad, next, lr, loss }: FormulaProps) {
  const [g1 = 0, g2 = 0, g3 = 0] = grad;
  return (
    <div className="formula-lines">
      <p>
        <var>p</var> = σ(<var>w</var>
        <sub>1</sub>
        <var>x</var>
        <sub>1</sub> + <var>w</var>
        <sub>2</sub>
        <var>x</var>
        <sub>2</sub> + <var>b</var>) = σ({n(theta[0])}·<var>x</var>
        <sub>1</sub> + {paren(theta[1])}·<var>x</var>
        <sub>2</sub> + {paren(theta[2])})
      </p>
      <p>
        <var>L</var> = −(1/<var>n</var>) Σ [<var>y</var> ln <var>p</var> + (1 − <var>y</var>) ln(1 −{' '}
        <var>p</var>)] = <strong>{formatFixed(loss, 4)}</strong>
      </p>
      <p>
        ∇<var>L</var> = (1/<var>n</var>) Σ (<var>p</var> − <var>y</var>) · [<var>x</var>
        <sub>1</sub>, <var>x</var>
        <sub>2</sub>, 1] = [{n(g1)}, {n(g2)}, {n(g3)}]
      </p>
      <p>
        next: [<var>w</var>
        <sub>1</sub>, <var>w</var>
        <sub>2</sub>, <var>b</var>] ← [{n(theta[0])}, {n(theta[1])}, {n(theta[2])}] − {lr} × [
        {n(g1)}, {n(g2)}, {n(g3)}] ={' '}
        <strong>
          [{n(next[0])}, {n(next[1])}, {n(next[2])}]
        </strong>
      </p>
    </div>
  );
}
