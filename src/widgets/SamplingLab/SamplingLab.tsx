import { useMemo } from 'react';
import { clampNotices } from '../../ui/numberParam';
import { useFrameValue } from '../../ui/useFrameValue';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { Controls } from './Controls';
import { Formula } from './Formula';
import { Histogram } from './Histogram';
import { formatProbability, samplingModel } from './model';
import type { SamplingView } from './model';
import { numpyCode } from './numpy';
import { codecs, defaults, sanitize, specs, WIDGET_ID } from './params';
import type { Params } from './params';
import { headsSource } from './simulate';
import { useBuild } from './useBuild';
import './SamplingLab.css';

const TITLE = 'Sampling lab: coin flips';

function Readouts({ view }: { view: SamplingView }) {
  const k = view.params.k;
  return (
    <dl className="readouts sl-readouts">
      <div>
        <dt>Simulated P(heads ≥ {k})</dt>
        <dd>{view.simulatedTail.toFixed(4)}</dd>
      </div>
      <div>
        <dt>Exact binomial</dt>
        <dd>{formatProbability(view.exactTail)}</dd>
      </div>
      <div>
        <dt>Normal approximation</dt>
        <dd>{view.normal ? formatProbability(view.normal.tail) : 'none (σ = 0)'}</dd>
      </div>
    </dl>
  );
}

function SamplingLabInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search, state) => [
    ...clampNotices(WIDGET_ID, specs, search),
    ...sanitize(state).notices,
  ]);
  // k above n (from a link) is cut to n; memoised so the object only changes with the state
  const params = useMemo(() => sanitize(url.state).params, [url.state]);
  const reduced = usePrefersReducedMotion();
  const build = useBuild(params.batches);

  // flipping up to two million coins is the heavy part: at most once per frame while dragging
  const settled = useFrameValue(params);
  const { n, p, seed, batches } = settled;
  const source = useMemo(() => headsSource(n, p, seed), [n, p, seed]);
  const heads = useMemo(() => source.take(batches), [source, batches]);
  const shown = useMemo(
    () => (build.shown === null ? heads : heads.subarray(0, Math.min(build.shown, batches))),
    [heads, build.shown, batches],
  );
  const view = useMemo(() => samplingModel(settled, shown), [settled, shown]);

  /** A change, or a change computed from the latest state (not the values last rendered). */
  const update = (change: Partial<Params> | ((current: Params) => Partial<Params>)) => {
    build.stop();
    url.setState((s) => {
      const current = sanitize(s).params;
      return { ...current, ...(typeof change === 'function' ? change(current) : change) };
    });
  };

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={view.status}
      onReset={() => {
        build.stop();
        url.frame.onReset();
      }}
      formula={<Formula view={view} />}
      numpy={numpyCode(settled)}
    >
      <div className="sampling-lab">
        <Controls params={params} onChange={update} />
        <div className="sl-view">
          <Histogram view={view} />
          <p className="sl-legend">
            <span className="sl-swatch sl-swatch--bar" aria-hidden="true" /> batches below k
            <span className="sl-swatch sl-swatch--tail" aria-hidden="true" /> at least k heads
            {view.normal ? (
              <>
                <span className="sl-swatch sl-swatch--curve" aria-hidden="true" /> normal
                approximation
              </>
            ) : null}
          </p>
          <div className="sl-build">
            {reduced ? (
              <p className="sl-hint">
                Animation is off (your system asks for reduced motion): move the Batches slider to
                see the histogram fill in.
              </p>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={build.shown === null ? build.play : build.stop}
              >
                {build.shown === null ? 'Watch it build' : 'Stop'}
              </button>
            )}
          </div>
          <Readouts view={view} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** Many batches of n seeded coin flips: the histogram of heads approaches the bell curve. */
export default function SamplingLab() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <SamplingLabInner />
    </WidgetBoundary>
  );
}
