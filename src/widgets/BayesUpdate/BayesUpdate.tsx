import { useMemo } from 'react';
import { useUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { ProbabilityControl } from './Controls';
import { Formula } from './Formula';
import { IconArray } from './IconArray';
import { bayesModel } from './model';
import { numpyCode } from './numpy';
import { codecs, defaults, WIDGET_ID } from './params';
import type { Params } from './params';
import './BayesUpdate.css';

const TITLE = 'Bayes update: is it spam?';

function Readouts({ view }: { view: ReturnType<typeof bayesModel> }) {
  const { result } = view;
  return (
    <dl className="readouts bayes-readouts">
      <div>
        <dt>P(“winner”)</dt>
        <dd>{result ? result.evidence.toFixed(3) : '0.000'}</dd>
      </div>
      <div>
        <dt>P(spam | “winner”)</dt>
        <dd>{result ? result.posterior.toFixed(3) : 'undefined'}</dd>
      </div>
    </dl>
  );
}

function BayesUpdateInner() {
  const url = useUrlState(WIDGET_ID, codecs, defaults);
  const { state, setState } = url;
  // a few multiplications and a 1,000-cell path: cheap enough to run on every input
  const view = useMemo(() => bayesModel(state), [state]);
  const set = (key: keyof Params) => (value: number) => setState((s) => ({ ...s, [key]: value }));

  return (
    <WidgetFrame
      widgetId={WIDGET_ID}
      title={TITLE}
      status={view.status}
      notices={url.notices}
      onDismissNotices={url.dismissNotices}
      onReset={url.reset}
      shareUrl={url.shareUrl}
      formula={<Formula view={view} />}
      numpy={numpyCode(state)}
    >
      <div className="bayes-update">
        <fieldset className="bayes-update__controls">
          <legend>What you believe before reading the email</legend>
          <ProbabilityControl
            label="Prior P(spam)"
            fieldLabel="Exact P(spam)"
            value={state.prior}
            onChange={set('prior')}
          />
          <ProbabilityControl
            label="P(“winner” | spam)"
            fieldLabel="Exact P(“winner” | spam)"
            value={state.pos}
            onChange={set('pos')}
          />
          <ProbabilityControl
            label="P(“winner” | ham)"
            fieldLabel="Exact P(“winner” | ham)"
            value={state.neg}
            onChange={set('neg')}
          />
        </fieldset>
        <div className="bayes-update__result">
          <IconArray counts={view.counts} />
          <Readouts view={view} />
          {view.problem ? <p className="bayes-update__note">{view.problem}</p> : null}
        </div>
      </div>
    </WidgetFrame>
  );
}

/** Prior and likelihoods in, the posterior out: Bayes' rule on 1,000 emails. */
export default function BayesUpdate() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <BayesUpdateInner />
    </WidgetBoundary>
  );
}
