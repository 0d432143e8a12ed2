import { formatSignificant } from '../../ui/format';
import { CHECK_TEXT, H_TEXT } from './check';
import type { CheckRow, Verdict } from './check';
import { err, num, superscriptPowers } from './describe';

const sig = (x: number) => superscriptPowers(formatSignificant(x, 10));
import type { GraphView } from './model';

/** Every node's forward value and, once reached, its gradient: the drawing as text. */
export function ValuesTable({ view }: { view: GraphView }) {
  const out = view.graph.output;
  return (
    <div className="cg-table-wrap" tabIndex={0} role="region" aria-label="Values and gradients">
      <table className="cg-table">
        <caption>Forward values and gradients ∂{out}/∂node</caption>
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Value</th>
            <th scope="col">∂{out}/∂node</th>
          </tr>
        </thead>
        <tbody>
          {view.nodes.map((n) => (
            <tr key={n.id} className={n.current ? 'cg-table__current' : undefined}>
              <th scope="row">{n.expr}</th>
              <td>{num(n.value)}</td>
              <td>
                {n.kind === 'target'
                  ? 'not needed (data)'
                  : n.grad === null
                    ? 'not yet'
                    : num(n.grad)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const verdictWords: Record<Verdict, string> = {
  agree: `agrees (below ${CHECK_TEXT})`,
  zero: 'both are 0',
  tiny: 'vanishing gradient: rounding noise',
  disagree: 'disagrees: a derivative is wrong',
};

/** Backprop's gradient beside central differences from the math core, one card per gradient. */
export function GradientCheck({ view }: { view: GraphView }) {
  const out = view.graph.output;
  return (
    <section className="cg-check" aria-labelledby={`cg-check-${view.graph.id}`}>
      <p className="cg-check__title" id={`cg-check-${view.graph.id}`}>
        Gradient check: central differences with h = {H_TEXT}
      </p>
      {view.check.map((row: CheckRow) => (
        <dl key={row.name} className={`cg-check__row cg-check__row--${row.verdict}`}>
          <div>
            <dt>
              Backprop ∂{out}/∂{row.name}
            </dt>
            <dd>{sig(row.analytic)}</dd>
          </div>
          <div>
            <dt>Numeric</dt>
            <dd>{sig(row.numeric)}</dd>
          </div>
          <div>
            <dt>Relative error</dt>
            <dd>
              {err(row.relativeError)}
              <span className="cg-check__verdict">{verdictWords[row.verdict]}</span>
            </dd>
          </div>
        </dl>
      ))}
    </section>
  );
}
