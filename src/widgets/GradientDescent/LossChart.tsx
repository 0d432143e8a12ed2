import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { pointsAttr } from './geometry';
import { LOSS_CHART } from './lossChart';
import type { GdView } from './model';
import { lossPicture } from './plotGeometry';
import { lossText } from './status';

const B = LOSS_CHART;

/**
 * Loss after each step on a log axis; a diverging run leaves through the top edge. `children`
 * are laid over the chart: the painter's PictureOverlay of a live drag's run (lossScene).
 */
export function LossChart({ view, children }: { view: GdView; children?: ReactNode }) {
  const floor = view.objective.floor;
  // memoised on the view: a re-render that does not change the run builds nothing
  const { chart, exitWord, exitAnchor, line } = useMemo(() => {
    const picture = lossPicture(view);
    return { ...picture, line: pointsAttr(picture.chart.points) };
  }, [view]);
  const first = view.path[0]?.loss ?? 0;
  const summary =
    `Loss per step on a log scale: ${lossText(first)} at the start` +
    (view.stepsTaken > 0 ? `, ${lossText(view.current.loss)} after ${view.stepsTaken} steps` : '') +
    (chart.exit
      ? `; the line leaves the top of the chart at step ${chart.exit.step}: ${exitWord}.`
      : '.');
  const label = floor === 0 ? 'loss' : 'loss − minimum';

  return (
    <figure className="gd-loss">
      <div className="gd-loss__box">
        <svg
          className="gd-loss__chart"
          viewBox={`0 0 ${B.width} ${B.height}`}
          role="img"
          aria-label={summary}
        >
          <g className="gd-axis">
            <line
              x1={B.left}
              x2={B.width - B.right}
              y1={B.height - B.bottom}
              y2={B.height - B.bottom}
            />
            <line x1={B.left} x2={B.left} y1={B.top} y2={B.height - B.bottom} />
            {chart.yTicks.map((t) => (
              <g key={t.label}>
                <line className="gd-grid" x1={B.left} x2={B.width - B.right} y1={t.at} y2={t.at} />
                <text x={B.left - 5} y={t.at + 4} textAnchor="end">
                  {t.label}
                </text>
              </g>
            ))}
            {chart.xTicks.map((t) => (
              <text key={t.label} x={t.at} y={B.height - B.bottom + 14} textAnchor="middle">
                {t.label}
              </text>
            ))}
            <text x={B.width - B.right} y={B.height - 3} textAnchor="end" className="gd-axis__name">
              step
            </text>
          </g>
          <polyline className="gd-loss__line" points={line} />
          {chart.exit ? (
            <g className="gd-loss__exit">
              <line x1={chart.exit.x} x2={chart.exit.x} y1={B.top + 10} y2={2} />
              <text
                x={chart.exit.x + (exitAnchor === 'end' ? -6 : 6)}
                y={B.top + 12}
                textAnchor={exitAnchor}
              >
                ↑ {exitWord}
              </text>
            </g>
          ) : null}
        </svg>
        {children}
      </div>
      <figcaption>
        {label} per step (log scale){floor === 0 ? '' : ': 0 means the global minimum'}
      </figcaption>
    </figure>
  );
}
