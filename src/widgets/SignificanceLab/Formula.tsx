import { formatFixed } from '../../ui/format';
import { formatP } from './model';
import type { SignificanceView } from './model';

const f = (x: number, d = 4) => formatFixed(x, d);

export function Formula({ view }: { view: SignificanceView }) {
  const { n } = view.params;
  const pooled = (view.kA + view.kB) / (2 * n);
  const se = Math.sqrt(pooled * (1 - pooled) * (2 / n));
  const half = (view.interval[1] - view.interval[0]) / 2;
  return (
    <div className="formula-lines">
      <p>
        <var>p̂</var> = ({view.kA} + {view.kB}) / (2 × {n}) = {f(pooled)}, SE = √(<var>p̂</var>(1 −{' '}
        <var>p̂</var>)(1/{n} + 1/{n})) = {f(se)}
      </p>
      {view.test ? (
        <p>
          <var>z</var> = ({f(view.accB, 3)} − {f(view.accA, 3)}) / {f(se)} ={' '}
          <strong>{f(view.test.z, 2)}</strong>, <var>p</var> = 2 × (1 − Φ(|<var>z</var>|)) ={' '}
          <strong>{formatP(view.test.pValue)}</strong> {view.test.significant ? '<' : '≥'} 0.05
        </p>
      ) : (
        <p>SE = 0: every answer is the same, so z divides by zero and there is no test.</p>
      )}
      <p>
        95% interval: ({f(view.accB, 3)} − {f(view.accA, 3)}) ± 1.96 × √(
        <var>p̂</var>
        <sub>A</sub>(1 − <var>p̂</var>
        <sub>A</sub>)/{n} + <var>p̂</var>
        <sub>B</sub>(1 − <var>p̂</var>
        <sub>B</sub>)/{n}) = {f(view.difference)} ± {f(half)} = [{f(view.interval[0])},{' '}
        {f(view.interval[1])}]
      </p>
    </div>
  );
}
