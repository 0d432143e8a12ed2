import { formatSignificant } from '../../ui/format';
import { H_TEXT } from './check';
import { num } from './describe';
import type { GraphView } from './model';

const f = (x: number) => (x < 0 ? `(${num(x)})` : num(x));

/** The chain rule with the current numbers, and the central difference beside it. */
export function Formula({ view }: { view: GraphView }) {
  const local = (id: string) => view.edges.find((e) => e.id === id)?.local ?? 0;
  const value = (id: string) => view.nodes.find((n) => n.id === id)?.value ?? 0;
  const [first] = view.check;
  const numeric = (
    <p>
      numeric: (<var>f</var>(<var>t</var> + <var>h</var>) − <var>f</var>(<var>t</var> − <var>h</var>
      )) / 2<var>h</var> with <var>h</var> = {H_TEXT}:{' '}
      {view.check.map((r) => `${r.name} → ${formatSignificant(r.numeric, 10)}`).join(', ')}
    </p>
  );
  if (view.graph.id === 'chain') {
    return (
      <div className="formula-lines">
        <p>
          d<var>z</var>/d<var>x</var> = d<var>z</var>/d<var>u</var> · d<var>u</var>/d<var>x</var> =
          2<var>u</var> · 3 = 2 × {f(value('u'))} × 3 = <strong>{num(first?.analytic ?? 0)}</strong>
        </p>
        {numeric}
      </div>
    );
  }
  const [dw, db] = view.check;
  return (
    <div className="formula-lines">
      <p>
        ∂<var>L</var>/∂<var>w</var> = ∂<var>L</var>/∂<var>a</var> · ∂<var>a</var>/∂<var>s</var> · ∂
        <var>s</var>/∂<var>p</var> · ∂<var>p</var>/∂<var>w</var> = 2(<var>a</var> − <var>y</var>) ·
        σ(<var>s</var>)(1 − σ(<var>s</var>)) · 1 · <var>x</var> = {f(local('a-L'))} ×{' '}
        {f(local('s-a'))} × 1 × {f(local('w-p'))} = <strong>{num(dw?.analytic ?? 0)}</strong>
      </p>
      <p>
        ∂<var>L</var>/∂<var>b</var> = ∂<var>L</var>/∂<var>a</var> · ∂<var>a</var>/∂<var>s</var> · ∂
        <var>s</var>/∂<var>b</var> = {f(local('a-L'))} × {f(local('s-a'))} × 1 ={' '}
        <strong>{num(db?.analytic ?? 0)}</strong>
      </p>
      {numeric}
    </div>
  );
}
