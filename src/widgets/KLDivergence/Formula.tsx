import { formatFixed, formatShort } from '../../ui/format';
import type { KLView } from './model';
import { nats } from './status';

const n = (x: number) => formatShort(x, 3);

/** KL(P‖Q) written out term by term with the current numbers, then the identity. */
export function Formula({ view }: { view: KLView }) {
  const terms = view.rows.filter((r) => r.p > 0);
  return (
    <div className="formula-lines">
      <p>
        KL(<var>P</var>‖<var>Q</var>) = Σ<sub>i</sub> <var>P</var>
        <sub>i</sub> ln(<var>P</var>
        <sub>i</sub> / <var>Q</var>
        <sub>i</sub>) ={' '}
        {terms.map((r, j) => (
          <span key={r.label}>
            {j > 0 ? ' + ' : ''}
            {n(r.p)} ln({n(r.p)} / {n(r.q)})
          </span>
        ))}{' '}
        = <strong>{nats(view.pq.kl)}</strong>
      </p>
      <p className="formula-note">
        Outcomes with <var>P</var>
        <sub>i</sub> = 0 contribute 0 (the convention 0 · ln 0 = 0).
      </p>
      <p>
        <var>H</var>(<var>P</var>, <var>Q</var>) = −Σ<sub>i</sub> <var>P</var>
        <sub>i</sub> ln <var>Q</var>
        <sub>i</sub> = <var>H</var>(<var>P</var>) + KL(<var>P</var>‖<var>Q</var>) ={' '}
        {formatFixed(view.hP, 4)} + {nats(view.pq.kl)} = <strong>{nats(view.pq.cross)}</strong>
      </p>
    </div>
  );
}
