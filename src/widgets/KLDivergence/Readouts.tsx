import { formatFixed } from '../../ui/format';
import type { KLView } from './model';
import { nats, whyInfinite } from './status';

const term = (x: number | null) => (x === null ? 'infinite' : formatFixed(x, 4));

/** Per-outcome terms of both divergences; the last row adds them up. */
export function TermsTable({ view }: { view: KLView }) {
  return (
    // focusable: on a phone the table may scroll sideways, and keyboard users must reach it
    <div className="kl-table-wrap" role="region" aria-label="Per-outcome terms" tabIndex={0}>
      <table className="kl-table">
        <caption>Each outcome’s share of the two divergences (nats)</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">P</th>
            <th scope="col">Q</th>
            <th scope="col">P ln(P/Q)</th>
            <th scope="col">Q ln(Q/P)</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{formatFixed(r.p, 4)}</td>
              <td>{formatFixed(r.q, 4)}</td>
              <td>{term(r.termPQ)}</td>
              <td>{term(r.termQP)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Sum
            </th>
            <td>{nats(view.pq.kl)}</td>
            <td>{nats(view.qp.kl)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function Readouts({ view }: { view: KLView }) {
  return (
    <div className="readouts-wrap">
      <dl className="readouts kl-readouts">
        <div>
          <dt>KL(P‖Q)</dt>
          <dd>{nats(view.pq.kl)}</dd>
        </div>
        <div>
          <dt>KL(Q‖P)</dt>
          <dd>{nats(view.qp.kl)}</dd>
        </div>
        <div>
          <dt>H(P, Q)</dt>
          <dd>{nats(view.pq.cross)}</dd>
        </div>
        <div>
          <dt>H(P)</dt>
          <dd>{formatFixed(view.hP, 4)}</dd>
        </div>
        <div>
          <dt>H(Q)</dt>
          <dd>{formatFixed(view.hQ, 4)}</dd>
        </div>
      </dl>
      <p className="kl-identity">
        {view.pq.cross === null ? (
          <>
            H(P, Q) = H(P) + KL(P‖Q) = {formatFixed(view.hP, 4)} + infinite: the cross-entropy is
            infinite too.
          </>
        ) : (
          <>
            H(P, Q) = H(P) + KL(P‖Q): <strong>{formatFixed(view.pq.cross, 4)}</strong> ={' '}
            {formatFixed(view.hP, 4)} + {nats(view.pq.kl)}
          </>
        )}
      </p>
      {view.pq.kl === null ? (
        <p className="kl-infinite">KL(P‖Q) is {whyInfinite(view, view.pq, 'P')}.</p>
      ) : null}
      {view.qp.kl === null ? (
        <p className="kl-infinite">KL(Q‖P) is {whyInfinite(view, view.qp, 'Q')}.</p>
      ) : null}
    </div>
  );
}
