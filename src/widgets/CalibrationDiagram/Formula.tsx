import { formatFixed, formatSignificant } from '../../ui/format';
import type { CalibrationView } from './view';

/** The reported probabilities and ECE written out with the current numbers. */
export function Formula({ view, n }: { view: CalibrationView; n: number }) {
  const r = view.shown;
  const used = r.bins.filter((b) => b.count > 0 && b.accuracy !== null && b.confidence !== null);
  const divisor = view.fix
    ? `${formatSignificant(view.t, 3)} × ${formatSignificant(view.fitted, 3)}`
    : formatSignificant(view.t, 3);
  return (
    <div className="formula-lines">
      <p>
        <var>p</var> = softmax(<var>z</var> / {view.fix ? '(T · T*)' : 'T'}) = softmax(
        <var>z</var> / {view.fix ? `(${divisor})` : divisor})
      </p>
      <p>
        ECE = Σ<sub>b</sub> (<var>n</var>
        <sub>b</sub> / <var>n</var>) · |acc(<var>b</var>) − conf(<var>b</var>)| ={' '}
        {used.map((b, j) => (
          <span key={b.lo}>
            {j > 0 ? ' + ' : ''}({b.count}/{n})·|{formatFixed(b.accuracy ?? 0, 3)} −{' '}
            {formatFixed(b.confidence ?? 0, 3)}|
          </span>
        ))}{' '}
        = <strong>{formatFixed(r.ece, 4)}</strong>
      </p>
    </div>
  );
}
