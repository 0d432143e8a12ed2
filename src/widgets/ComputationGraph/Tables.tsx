import { formatSignificant } from '../../ui/format';
import { CHECK_TEXT, H_TEXT } from './check';
import type { CheckRow, Verdict } from './check';
import { err, num } from './describe';
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
  zero: 'both 0',
  tiny: 'vanishing: noise',
  disagree: 'disagrees',
};

/** Backprop's gradient beside central differences from the math core. */
export function CheckTable({ view }: { view: GraphView }) {
  const out = view.graph.output;
  return (
    <div className="cg-table-wrap" tabIndex={0} role="region" aria-label="Gradient check">
      <table className="cg-table cg-check">
        <caption>Gradient check: central differences with h = {H_TEXT}</caption>
        <thead>
          <tr>
            <th scope="col">Gradient</th>
            <th scope="col">Backprop</th>
            <th scope="col">Numeric</th>
            <th scope="col">Relative error</th>
          </tr>
        </thead>
        <tbody>
          {view.check.map((row: CheckRow) => (
            <tr key={row.name}>
              <th scope="row">
                ∂{out}/∂{row.name}
              </th>
              <td>{formatSignificant(row.analytic, 10)}</td>
              <td>{formatSignificant(row.numeric, 10)}</td>
              <td>
                {err(row.relativeError)} — {verdictWords[row.verdict]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
