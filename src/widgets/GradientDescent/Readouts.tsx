import { memo } from 'react';
import { formatSignificant } from '../../ui/format';
import type { GdView } from './model';
import { lossText } from './status';

const value = (v: number) => (Number.isNaN(v) ? 'overflow' : formatSignificant(v, 6));

/** The current point, its loss and gradient, to 6 significant digits. */
export const Readouts = memo(function Readouts({ view }: { view: GdView }) {
  const { current, objective: obj } = view;
  const overflow = !Number.isFinite(current.loss);
  return (
    <dl className="readouts gd-readouts">
      <div>
        <dt>steps</dt>
        <dd>{view.stepsTaken}</dd>
      </div>
      {obj.symbols.map((symbol, i) => (
        <div key={symbol}>
          <dt>{symbol}</dt>
          <dd>{value(current.x[i] ?? 0)}</dd>
        </div>
      ))}
      <div>
        <dt>loss</dt>
        <dd className={overflow ? 'gd-diverged' : undefined}>
          {overflow ? 'overflow: diverged' : lossText(current.loss)}
        </dd>
      </div>
      <div>
        <dt>{obj.symbols.length === 2 ? '|∇f|' : 'gradient'}</dt>
        <dd>
          {obj.symbols.length === 2
            ? value(Math.hypot(...current.grad))
            : value(current.grad[0] ?? 0)}
        </dd>
      </div>
    </dl>
  );
});
