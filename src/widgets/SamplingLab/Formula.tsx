import { formatShort } from '../../ui/format';
import { formatProbability } from './model';
import type { SamplingView } from './model';

export function Formula({ view }: { view: SamplingView }) {
  const { n, p, k } = view.params;
  const s = (x: number) => formatShort(x, 4);
  const z = view.sd > 0 ? (k - 0.5 - view.mean) / view.sd : null;
  return (
    <div className="formula-lines">
      <p>
        exact: <var>P</var>(<var>X</var> ≥ {k}) = Σ
        <sub>
          <var>j</var> = {k}
        </sub>
        <sup>{n}</sup> C({n}, <var>j</var>) {s(p)}
        <sup>
          <var>j</var>
        </sup>{' '}
        ({s(1 - p)})
        <sup>
          {n} − <var>j</var>
        </sup>{' '}
        = <strong>{formatProbability(view.exactTail)}</strong>
      </p>
      <p>
        <var>μ</var> = <var>n</var>
        <var>p</var> = {s(view.mean)}, <var>σ</var> = √(
        <var>n</var>
        <var>p</var>(1 − <var>p</var>)) = {s(view.sd)}
      </p>
      {view.normal && z !== null ? (
        <p>
          normal: <var>P</var>(<var>X</var> ≥ {k}) ≈ 1 − Φ(({k} − 0.5 − {s(view.mean)}) /{' '}
          {s(view.sd)}) = 1 − Φ({formatShort(z, 3)}) ={' '}
          <strong>{formatProbability(view.normal.tail)}</strong>
        </p>
      ) : (
        <p>normal: σ = 0, so there is no bell curve to approximate with.</p>
      )}
      <p>
        simulated: {view.atLeastK.toLocaleString('en-US')} / {view.shown.toLocaleString('en-US')} ={' '}
        <strong>{view.simulatedTail.toFixed(4)}</strong>
      </p>
    </div>
  );
}
