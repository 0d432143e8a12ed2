import { formatShort } from '../../ui/format';
import type { MatrixView } from './model';

const n = (x: number) => formatShort(x, 3);
/** Negative numbers in brackets so "2 × (−1)" reads unambiguously. */
const p = (x: number) => (x < 0 ? `(${n(x)})` : n(x));

function Eigenvalues({ view }: { view: MatrixView }) {
  const { eigen, trace, discriminant: disc, det } = view;
  const half = trace / 2;
  const poly = (
    <>
      λ² − ({n(trace)})λ + ({n(det)}) = 0
    </>
  );
  const roots = `λ = ${n(half)} ± √(${p(half)}² − ${p(det)}) = ${n(half)} ± √(${n(disc)})`;
  let result: string;
  switch (eigen.kind) {
    case 'complex':
      result = `${n(eigen.re)} ± ${n(eigen.im)}i: complex, so no real eigenvector`;
      break;
    case 'distinct':
      result = `${n(eigen.values[0])} and ${n(eigen.values[1])}`;
      break;
    default:
      result = `${n(eigen.value)} (repeated)`;
  }
  return (
    <>
      <p>
        Eigenvalues solve det(<var>A</var> − λ<var>I</var>) = 0: {poly}
      </p>
      <p>
        {roots} = <strong>{result}</strong>
        {view.symmetric && eigen.kind === 'distinct' ? ' (A is symmetric: eigenSymmetric)' : null}
      </p>
    </>
  );
}

/** The live formula: the columns, the determinant and the characteristic polynomial. */
export function Formula({ view }: { view: MatrixView }) {
  const [a, b, c, d] = view.m;
  return (
    <div className="formula-lines">
      <p>
        <var>A</var> = [[{n(a)}, {n(b)}], [{n(c)}, {n(d)}]]; <var>A</var>î = ({n(view.iHat.x)},{' '}
        {n(view.iHat.y)}), <var>A</var>ĵ = ({n(view.jHat.x)}, {n(view.jHat.y)})
      </p>
      <p>
        det <var>A</var> = <var>a</var>
        <var>d</var> − <var>b</var>
        <var>c</var> = {p(a)}×{p(d)} − {p(b)}×{p(c)} = <strong>{n(view.det)}</strong>
      </p>
      <Eigenvalues view={view} />
    </div>
  );
}
