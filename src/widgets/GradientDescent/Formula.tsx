import { memo } from 'react';
import type { ReactNode } from 'react';
import { formatSignificant } from '../../ui/format';
import type { GdView, NextStep } from './model';

const n = (v: number) => formatSignificant(v, 6);
/** A number after an operator: negatives get parentheses, "0 − 0.01 × (−44.08)". */
const p = (v: number) => (v < 0 ? `(${n(v)})` : n(v));
const vec = (vs: readonly number[]) => `(${vs.map(n).join(', ')})`;

function Gradient({ view, step }: { view: GdView; step: NextStep }): ReactNode {
  const g = step.grad;
  const x = step.from;
  switch (view.input.fn) {
    case 'quadratic':
      return (
        <>
          <var>f</var>′(<var>x</var>) = 2<var>x</var> = 2 × {p(x[0] ?? 0)} = {n(g[0] ?? 0)}
        </>
      );
    case 'regression':
      return (
        <>
          <var>L</var>′(<var>w</var>) = (2/<var>n</var>) Σ (<var>w</var>·<var>x</var>
          <sub>i</sub> − <var>y</var>
          <sub>i</sub>)·<var>x</var>
          <sub>i</sub> = {n(g[0] ?? 0)}
        </>
      );
    case 'bumpy':
      return (
        <>
          <var>f</var>′(<var>x</var>) = 0.4<var>x</var>
          <sup>3</sup> − 2<var>x</var> + 0.5 = {n(g[0] ?? 0)}
        </>
      );
    case 'valley':
      return (
        <>
          ∇<var>f</var> = (<var>x</var>, κ<var>y</var>) = ({n(x[0] ?? 0)}, {n(view.input.kappa)} ×{' '}
          {p(x[1] ?? 0)}) = {vec(g)}
        </>
      );
  }
}

/** The next update written out with the current numbers, e.g. w ← 0 − 0.01 × (−44.08) = 0.4408. */
export const Formula = memo(function Formula({ view }: { view: GdView }) {
  const step = view.next;
  const { eta, beta } = view.input;
  if (!step) {
    return (
      <div className="formula-lines">
        <p>
          The loss overflowed after {view.stepsTaken} steps, so there is no next step. Reset the run
          or lower η.
        </p>
      </div>
    );
  }
  const twoD = view.objective.symbols.length === 2;
  const sym = twoD ? '(x, y)' : (view.objective.symbols[0] ?? 'x');
  const dsym = view.input.fn === 'regression' ? 'L′(w)' : twoD ? '∇f' : 'f′(x)';
  const show = (vs: readonly number[]) => (twoD ? vec(vs) : p(vs[0] ?? 0));
  const prevVelocity = step.index === 1 ? step.from.map(() => 0) : velocityBefore(view);
  return (
    <div className="formula-lines">
      <p>
        Step {step.index}, the gradient at {twoD ? vec(step.from) : n(step.from[0] ?? 0)}:{' '}
        <Gradient view={view} step={step} />
      </p>
      {beta > 0 ? (
        <p>
          <var>v</var> ← β·<var>v</var> + {dsym} = {n(beta)} × {show(prevVelocity)} +{' '}
          {show(step.grad)} ={' '}
          <strong>{twoD ? vec(step.velocity) : n(step.velocity[0] ?? 0)}</strong>
        </p>
      ) : null}
      <p>
        {sym} ← {sym} − η·{beta > 0 ? 'v' : dsym} = {twoD ? vec(step.from) : n(step.from[0] ?? 0)} −{' '}
        {n(eta)} × {show(beta > 0 ? step.velocity : step.grad)} ={' '}
        <strong>{twoD ? vec(step.to) : n(step.to[0] ?? 0)}</strong>
      </p>
    </div>
  );
});

/** The velocity the last step used: v = (x_{k−1} − x_k) / η. */
function velocityBefore(view: GdView): number[] {
  const k = view.stepsTaken;
  const now = view.path[k];
  const before = view.path[k - 1];
  if (!now || !before) return view.current.x.map(() => 0);
  return now.x.map((v, i) => ((before.x[i] ?? 0) - v) / view.input.eta);
}
