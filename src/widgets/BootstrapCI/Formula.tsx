import { formatFixed } from '../../ui/format';
import type { BootstrapView } from './model';

const f = (x: number) => formatFixed(x, 3);

export function Formula({ view }: { view: BootstrapView }) {
  const { n, resamples, confidence } = view.params;
  const lower = (1 - confidence) / 2;
  const pct = (q: number) => `${Number((q * 100).toFixed(2))}`;
  const se = view.sd / Math.sqrt(n);
  const half = view.mean - view.t[0];
  return (
    <div className="formula-lines">
      <p>
        bootstrap: resample the {n} losses with replacement {resamples.toLocaleString('en-US')}{' '}
        times, take each resample’s mean, and read off the {pct(lower)}th and {pct(1 - lower)}th
        percentiles: [{f(view.bootstrap[0])}, {f(view.bootstrap[1])}]
      </p>
      <p>
        t-interval: <var>x̄</var> ± <var>t</var> × <var>s</var> / √<var>n</var> = {f(view.mean)} ±{' '}
        {f(half / se)} × {f(view.sd)} / √{n} = {f(view.mean)} ± {f(half)} = [{f(view.t[0])},{' '}
        {f(view.t[1])}]
      </p>
    </div>
  );
}
