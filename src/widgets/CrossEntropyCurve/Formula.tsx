import { formatFixed, formatShort, formatSignificant } from '../../ui/format';
import type { BarView, CurvePoint } from './model';

const paren = (x: number) => (x < 0 ? `(${formatShort(x, 3)})` : formatShort(x, 3));

function CurveLine({ point }: { point: CurvePoint }) {
  const q = formatSignificant(point.q, 4);
  if (point.clipped) {
    return (
      <p>
        −ln max(ε, min(1 − ε, <var>q</var>)) = −ln {formatSignificant(point.qUsed, 4)} ={' '}
        <strong>{formatFixed(point.loss, 4)}</strong> (q = {q} clipped, ε = {point.eps})
      </p>
    );
  }
  return (
    <p>
      loss = −ln <var>q</var> = −ln {q} = <strong>{formatFixed(point.loss, 4)}</strong>
    </p>
  );
}

function BarsLine({ bars }: { bars: BarView }) {
  const t = bars.target;
  const generic = (
    <>
      <var>H</var>(<var>y</var>, <var>p</var>) = −Σ<sub>i</sub> <var>y</var>
      <sub>i</sub> ln <var>p</var>
      <sub>i</sub> = −ln <var>p</var>
      <sub>{t}</sub>
    </>
  );
  if (bars.logits) {
    const z = bars.logits;
    return (
      <>
        <p>
          {generic} = −(<var>z</var>
          <sub>{t}</sub> − ln Σ<sub>j</sub> <var>e</var>
          <sup>
            <var>z</var>
            <sub>j</sub>
          </sup>
          )
        </p>
        <p>
          = −({paren(z[t] ?? 0)} − ln(
          {z.map((v, j) => (
            <span key={j}>
              {j > 0 ? ' + ' : ''}
              <var>e</var>
              <sup>{formatShort(v, 3)}</sup>
            </span>
          ))}
          )) = <strong>{formatFixed(bars.loss, 4)}</strong>
        </p>
      </>
    );
  }
  return (
    <p>
      {generic} = −ln {formatFixed(bars.probs[t] ?? 0, 4)}
      {bars.clipped ? ' (clipped to ε)' : ''} = <strong>{formatFixed(bars.loss, 4)}</strong>
    </p>
  );
}

export function Formula({ point, bars }: { point: CurvePoint; bars: BarView }) {
  return (
    <div className="formula-lines">
      <CurveLine point={point} />
      <BarsLine bars={bars} />
    </div>
  );
}
