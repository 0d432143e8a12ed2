import { useMemo } from 'react';
import { nextSeed } from '../../ui/seed';
import { formatFixed } from '../../ui/format';
import { clampNotices } from '../../ui/numberParam';
import { useFrameValue } from '../../ui/useFrameValue';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { BootstrapHistogram, SampleStrip } from './Charts';
import { Controls } from './Controls';
import { Formula } from './Formula';
import { bootstrapModel, drawLosses } from './model';
import type { BootstrapView } from './model';
import { numpyCode } from './numpy';
import { codecs, defaults, specs, WIDGET_ID } from './params';
import type { Params } from './params';
import './BootstrapCI.css';

const TITLE = 'Bootstrap confidence interval';

const f3 = (x: number) => formatFixed(x, 3);

function Readouts({ view }: { view: BootstrapView }) {
  const level = `${Math.round(view.params.confidence * 100)}%`;
  return (
    <dl className="readouts bci-readouts">
      <div>
        <dt>Mean</dt>
        <dd>{f3(view.mean)}</dd>
      </div>
      <div>
        <dt>Median</dt>
        <dd>{f3(view.median)}</dd>
      </div>
      <div>
        <dt>Std (n − 1)</dt>
        <dd>{f3(view.sd)}</dd>
      </div>
      <div>
        <dt>{level} bootstrap</dt>
        <dd>
          [{f3(view.bootstrap[0])}, {f3(view.bootstrap[1])}]
        </dd>
      </div>
      <div>
        <dt>{level} t-interval</dt>
        <dd>
          [{f3(view.t[0])}, {f3(view.t[1])}]
        </dd>
      </div>
    </dl>
  );
}

function BootstrapCIInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search) =>
    clampNotices(WIDGET_ID, specs, search),
  );
  const { state, setState } = url;
  // up to 2 million draws per run: at most once per frame while a slider moves
  const settled = useFrameValue(state);
  const population = useMemo(() => drawLosses(settled.seed), [settled.seed]);
  const view = useMemo(() => bootstrapModel(settled, population), [settled, population]);
  const update = (change: Partial<Params>) => setState((s) => ({ ...s, ...change }));

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={view.status}
      formula={<Formula view={view} />}
      numpy={numpyCode(view)}
    >
      <div className="bootstrap-ci">
        <Controls
          params={state}
          onChange={update}
          onResample={() => update({ boot: nextSeed(state.boot) })}
          onNewSample={() => update({ seed: nextSeed(state.seed) })}
        />
        <div className="bci-view">
          <h4 className="bci-heading">The sample: {view.sample.length} losses</h4>
          <SampleStrip view={view} />
          <p className="bci-legend">
            <span className="bci-swatch bci-swatch--mean" aria-hidden="true" /> mean
            <span className="bci-swatch bci-swatch--median" aria-hidden="true" /> median
          </p>
          <h4 className="bci-heading">
            Means of {view.means.length.toLocaleString('en-US')} resamples
          </h4>
          <BootstrapHistogram view={view} />
          <p className="bci-legend">
            <span className="bci-swatch bci-swatch--band" aria-hidden="true" /> bootstrap percentile
            interval
            <span className="bci-swatch bci-swatch--t" aria-hidden="true" /> t-interval
          </p>
          <Readouts view={view} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** A skewed sample, its bootstrap distribution of the mean and both confidence intervals. */
export default function BootstrapCI() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <BootstrapCIInner />
    </WidgetBoundary>
  );
}
