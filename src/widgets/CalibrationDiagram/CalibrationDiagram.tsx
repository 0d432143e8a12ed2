import { useDeferredValue, useMemo } from 'react';
import { formatFixed, formatSignificant } from '../../ui/format';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { BinTable } from './BinTable';
import { Controls } from './Controls';
import { ConfidenceHistogram, ReliabilityDiagram } from './Diagram';
import { Formula } from './Formula';
import { fitScale, reliability, simulate } from './model';
import { numpyCode } from './numpy';
import { clampNotices, codecs, defaults, WIDGET_ID } from './params';
import type { Params } from './params';
import { calibrationView } from './view';
import './CalibrationDiagram.css';

const TITLE = 'Calibration diagram';

function CalibrationDiagramInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search) => clampNotices(search));
  const { state, setState } = url;
  // a dragged slider stays responsive: the simulation (2n examples) and the binning follow in
  // a deferred render, skipping values that are already stale
  const seed = useDeferredValue(state.seed);
  const n = useDeferredValue(state.n);
  const t = useDeferredValue(state.t);
  const bins = useDeferredValue(state.bins);
  // the simulation and the fit depend only on the seed and the size, not on the sliders
  const data = useMemo(() => simulate(seed, n), [seed, n]);
  const scale = useMemo(() => fitScale(data), [data]);
  // the fix divides the reported logits z / t by T* = scale / t, so its result ignores t
  const after = useMemo(() => reliability(data, scale, bins), [data, scale, bins]);
  const before = useMemo(() => reliability(data, t, bins), [data, t, bins]);
  const view = calibrationView({ before, after, t, fix: state.fix === 'on', scale, n });
  const update = (change: Partial<Params>) => setState((s) => ({ ...s, ...change }));
  const r = view.shown;

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={view.status}
      formula={<Formula view={view} n={n} />}
      numpy={numpyCode(state)}
    >
      <div className="calibration-diagram">
        <Controls state={state} fitted={view.fitted} onChange={update} />
        <div className="cd-charts">
          <p className="cd-legend" aria-hidden="true">
            <span className="cd-legend__bar">accuracy</span>{' '}
            <span className="cd-legend__gap">gap to confidence</span>{' '}
            <span className="cd-legend__diag">perfect calibration</span>
          </p>
          <ReliabilityDiagram bins={r.bins} />
          <ConfidenceHistogram bins={r.bins} />
        </div>
        <div className="readouts-wrap">
          <dl className="readouts cd-readouts">
            <div>
              <dt>Accuracy</dt>
              <dd>{formatFixed(r.accuracy, 3)}</dd>
            </div>
            <div>
              <dt>Mean confidence</dt>
              <dd>{formatFixed(r.meanConfidence, 3)}</dd>
            </div>
            <div>
              <dt>ECE</dt>
              <dd>{formatFixed(r.ece, 4)}</dd>
            </div>
            <div>
              <dt>NLL (nats)</dt>
              <dd>{formatFixed(r.nll, 4)}</dd>
            </div>
            <div>
              <dt>Fitted T*</dt>
              <dd>{formatSignificant(view.fitted, 3)}</dd>
            </div>
          </dl>
          <BinTable bins={r.bins} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** A seeded, simulated classifier with a confidence knob, its reliability diagram and ECE. */
export default function CalibrationDiagram() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <CalibrationDiagramInner />
    </WidgetBoundary>
  );
}
