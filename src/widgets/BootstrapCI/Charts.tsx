import { useMemo } from 'react';
import { bin, extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useWidth } from '../../ui/useWidth';
import type { BootstrapView } from './model';

const M = { left: 14, right: 14 };

const f3 = (x: number) => x.toFixed(3);

/** The sample as a strip of dots (one path), with the mean and the median marked. */
export function SampleStrip({ view }: { view: BootstrapView }) {
  const [ref, W] = useWidth<HTMLDivElement>(440);
  const H = 92;
  const { sample } = view;
  const chart = useMemo(() => {
    const [lo = 0, hi = 1] = extent(sample);
    const x = scaleLinear([Math.min(0, lo), hi], [M.left, W - M.right]).nice();
    const r = 3.2;
    // a fixed vertical jitter per index (golden-ratio spacing), so dots stay put as n grows
    const dots = sample
      .map((v, i) => {
        const cx = x(v);
        const cy = 16 + ((i * 0.618034) % 1) * (H - 48);
        return `M${(cx - r).toFixed(1)} ${cy.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
      })
      .join('');
    return { x, dots, ticks: x.ticks(Math.max(3, Math.floor(W / 80))) };
  }, [sample, W]);
  const { x } = chart;
  const axisY = H - 26;
  return (
    <div ref={ref} className="bci-chart-wrap">
      <svg
        className="bci-chart bci-strip"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`The ${sample.length} losses as dots: mean ${f3(view.mean)}, median ${f3(view.median)}, largest ${f3(Math.max(...sample))}.`}
      >
        <path className="bci-dots" d={chart.dots} />
        <line className="bci-mean" x1={x(view.mean)} x2={x(view.mean)} y1={8} y2={axisY} />
        <line className="bci-median" x1={x(view.median)} x2={x(view.median)} y1={8} y2={axisY} />
        <g className="bci-axis">
          <line x1={M.left} x2={W - M.right} y1={axisY} y2={axisY} />
          {chart.ticks.map((t) => (
            <text key={t} x={x(t)} y={axisY + 16} textAnchor="middle">
              {t}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}

/** The bootstrap means as a histogram, the percentile band over it, the t-interval below. */
export function BootstrapHistogram({ view }: { view: BootstrapView }) {
  const [ref, W] = useWidth<HTMLDivElement>(440);
  const H = 210;
  const top = 12;
  const base = H - 70;
  const { means, bootstrap, t } = view;
  const chart = useMemo(() => {
    const lo = Math.min(means[0] ?? 0, t[0]);
    const hi = Math.max(means[means.length - 1] ?? 1, t[1]);
    const x = scaleLinear([lo, hi], [M.left, W - M.right]).nice();
    const [d0, d1] = x.domain() as [number, number];
    const bins = bin().domain([d0, d1]).thresholds(x.ticks(36))(means);
    const tallest = Math.max(1, ...bins.map((b) => b.length));
    const y = scaleLinear([0, tallest], [base, top]);
    const bars = bins
      .filter((b) => b.length > 0)
      .map((b) => {
        const x0 = x(b.x0 ?? d0) + 0.5;
        const x1 = Math.max(x0 + 0.5, x(b.x1 ?? d1) - 0.5);
        return `M${x0.toFixed(1)} ${base}V${y(b.length).toFixed(1)}H${x1.toFixed(1)}V${base}Z`;
      })
      .join('');
    return { x, bars, ticks: x.ticks(Math.max(3, Math.floor(W / 80))) };
  }, [means, t, base, W]);
  const { x } = chart;
  const tY = base + 44;
  return (
    <div ref={ref} className="bci-chart-wrap">
      <svg
        className="bci-chart bci-hist"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Histogram of ${means.length.toLocaleString('en-US')} bootstrap means with the percentile interval from ${f3(bootstrap[0])} to ${f3(bootstrap[1])} shaded; below it the t-interval from ${f3(t[0])} to ${f3(t[1])}.`}
      >
        <rect
          className="bci-band"
          x={x(bootstrap[0])}
          width={Math.max(1, x(bootstrap[1]) - x(bootstrap[0]))}
          y={top - 6}
          height={base - top + 6}
        />
        <path className="bci-bars" d={chart.bars} />
        <line className="bci-mean" x1={x(view.mean)} x2={x(view.mean)} y1={top - 6} y2={base} />
        <g className="bci-axis">
          <line x1={M.left} x2={W - M.right} y1={base} y2={base} />
          {chart.ticks.map((tick) => (
            <text key={tick} x={x(tick)} y={base + 16} textAnchor="middle">
              {tick}
            </text>
          ))}
        </g>
        <g className="bci-t">
          <path
            d={`M${x(t[0])} ${tY - 6}v12M${x(t[0])} ${tY}H${x(t[1])}M${x(t[1])} ${tY - 6}v12`}
          />
          <text x={(x(t[0]) + x(t[1])) / 2} y={tY + 20} textAnchor="middle">
            t-interval
          </text>
        </g>
      </svg>
    </div>
  );
}
