import { useMemo } from 'react';
import { formatFixed } from '../../ui/format';
import { clampNotices } from '../../ui/numberParam';
import { useFrameValue } from '../../ui/useFrameValue';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { Controls } from './Controls';
import { DifferenceChart } from './DifferenceChart';
import { Formula } from './Formula';
import { formatP, points, significanceModel, simulateReruns } from './model';
import type { SignificanceView } from './model';
import { numpyCode } from './numpy';
import { codecs, defaults, specs, WIDGET_ID } from './params';
import type { Params } from './params';
import './SignificanceLab.css';

const TITLE = 'Significance lab: is B really better?';

function Readouts({ view }: { view: SignificanceView }) {
  const first = view.reruns[0];
  return (
    <>
      <dl className="readouts sig-readouts">
        <div>
          <dt>z</dt>
          <dd>{view.test ? formatFixed(view.test.z, 2) : 'no test'}</dd>
        </div>
        <div>
          <dt>p-value</dt>
          <dd>{view.test ? formatP(view.test.pValue) : 'no test'}</dd>
        </div>
        <div>
          <dt>95% interval of B − A</dt>
          <dd>
            {points(view.interval[0])} to {points(view.interval[1])} pts
          </dd>
        </div>
        <div>
          <dt>Verdict at 0.05</dt>
          <dd className={view.test?.significant ? 'sig-verdict--yes' : undefined}>
            {view.test ? (view.test.significant ? 'significant' : 'not significant') : 'no test'}
          </dd>
        </div>
      </dl>
      {first ? (
        <p className="sig-rerun">
          First rerun with seed {view.params.seed}: A {(first.accA * 100).toFixed(1)}%, B{' '}
          {(first.accB * 100).toFixed(1)}%,{' '}
          {first.test
            ? `p = ${formatP(first.test.pValue)}, ${first.test.significant ? 'significant' : 'not significant'}`
            : 'no test possible'}
          . Across all {view.reruns.length} reruns: {Math.round(view.significantShare * 100)}%
          significant.
        </p>
      ) : null}
    </>
  );
}

function SignificanceLabInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search) =>
    clampNotices(WIDGET_ID, specs, search),
  );
  const { state, setState } = url;
  // 400 exact binomial draws per change: at most once per frame while a slider moves
  const settled = useFrameValue(state);
  const reruns = useMemo(() => simulateReruns(settled), [settled]);
  const view = useMemo(() => significanceModel(settled, reruns), [settled, reruns]);
  const update = (change: Partial<Params>) => setState((s) => ({ ...s, ...change }));

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={view.status}
      formula={<Formula view={view} />}
      numpy={numpyCode(view)}
    >
      <div className="significance-lab">
        <Controls params={state} onChange={update} />
        <div className="sig-view">
          <DifferenceChart view={view} />
          <p className="sig-legend">
            <span className="sig-swatch sig-swatch--significant" aria-hidden="true" /> rerun with p
            {' <'} 0.05
            <span className="sig-swatch sig-swatch--other" aria-hidden="true" /> rerun with p ≥ 0.05
          </p>
          <Readouts view={view} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** Two accuracies and a test-set size: the z-test, the interval, and simulated reruns. */
export default function SignificanceLab() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <SignificanceLabInner />
    </WidgetBoundary>
  );
}
