import { Fragment, memo } from 'react';
import type { ReactNode } from 'react';
import { formatFixed, formatShort, formatSignificant } from '../../ui/format';
import type { FormulaTerm, FormulaView } from './formulaModel';
import { OVERFLOW_EXPONENT } from './formulaModel';
import type { SoftmaxView } from './model';

function E({ children }: { children: ReactNode }) {
  return (
    <>
      <var>e</var>
      <sup>{children}</sup>
    </>
  );
}

/** A value to 4 significant digits; "× 10^n" becomes a real superscript. */
function Num({ value }: { value: number }) {
  const [mantissa, exponent] = formatSignificant(value, 4).split(' × 10^');
  if (exponent === undefined) return <>{mantissa}</>;
  return (
    <>
      {mantissa} × 10<sup>{exponent}</sup>
    </>
  );
}

const z = (x: number) => formatShort(x, 4);

/** "a + b + c", or "a + b + … + (15 more terms)" for long sums. */
function Sum({ f, term }: { f: FormulaView; term: (t: FormulaTerm) => ReactNode }) {
  return (
    <>
      {f.terms.map((t, i) => (
        <Fragment key={t.index}>
          {i > 0 ? ' + ' : null}
          {term(t)}
        </Fragment>
      ))}
      {f.hidden > 0 ? ` + … (${f.hidden} more terms)` : null}
    </>
  );
}

function Definition({ stable }: { stable: boolean }) {
  const exponent = (i: 'i' | 'j') =>
    stable ? (
      <>
        (<var>z</var>
        <sub>{i}</sub> − <var>m</var>)/<var>T</var>
      </>
    ) : (
      <>
        <var>z</var>
        <sub>{i}</sub>/<var>T</var>
      </>
    );
  return (
    <p>
      softmax<sub>i</sub>(<var>z</var>/<var>T</var>) = <E>{exponent('i')}</E> / Σ<sub>j</sub>{' '}
      <E>{exponent('j')}</E>
    </p>
  );
}

function StableNote({ f }: { f: FormulaView }) {
  const big = f.largestExponent >= -f.smallestExponent;
  const reach = big ? f.largestExponent : f.smallestExponent;
  // said in words: the widget never prints the floating-point names of these failures
  const consequence = f.overflows ? (
    <>
      beyond the largest double (about <E>{formatFixed(OVERFLOW_EXPONENT, 2)}</E>), so computing it
      overflows and the division yields no number at all
    </>
  ) : big ? (
    'far too large to read'
  ) : (
    'so small it can round to 0, and 0 / 0 yields no number at all'
  );
  return (
    <p className="st-formula__note">
      Here <var>e</var>
      <sup>
        <var>z</var>/<var>T</var>
      </sup>{' '}
      reaches <E>{formatShort(reach, 3)}</E>, {consequence}. Subtracting <var>m</var> = max{' '}
      <var>z</var> = {z(f.max)} first changes nothing mathematically and keeps every term between 0
      and 1.
    </p>
  );
}

/** The softmax of the most probable token with the current numbers substituted. */
function FormulaLines({ view }: { view: SoftmaxView }) {
  const f = view.formula;
  const top = view.tokens[f.top.index];
  const name = top?.label ?? '';
  const plainExp = (t: FormulaTerm) => (
    <E>
      {z(t.logit)}/{z(f.t)}
    </E>
  );
  const stableExp = (t: FormulaTerm) => <E>{formatShort(t.shifted, 3)}</E>;
  const exp = f.stable ? stableExp : plainExp;
  const value = (t: FormulaTerm) => <Num value={f.stable ? t.stable : t.raw} />;
  const filter = view.filter;
  return (
    <div className="formula-lines st-formula">
      <Definition stable={f.stable} />
      {f.stable ? <StableNote f={f} /> : null}
      <p>
        <var>p</var>({name}) = {exp(f.top)} / (<Sum f={f} term={exp} />)
      </p>
      <p>
        = {value(f.top)} / (<Sum f={f} term={value} />) = {value(f.top)} / <Num value={f.sum} /> ={' '}
        <strong>{formatFixed(f.p, 3)}</strong>
      </p>
      {filter && top ? (
        <p>
          After the filters: <var>q</var>({name}) = {formatFixed(top.p, 3)} /{' '}
          {formatFixed(filter.keptMass, 3)} = <strong>{formatFixed(top.q, 3)}</strong> (divided by
          the kept tokens’ total)
        </p>
      ) : null}
    </div>
  );
}

/** Memoised: while a slider is dragged it keeps the settled view and skips rendering. */
export const Formula = memo(FormulaLines);
