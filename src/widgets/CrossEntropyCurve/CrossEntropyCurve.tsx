import { formatFixed } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { BarEditor } from './BarEditor';
import { Curve } from './Curve';
import { Formula } from './Formula';
import { barView, curvePoint, EPSILONS, setProbability } from './model';
import type { Epsilon } from './model';
import { numpyCode } from './numpy';
import { codecs, defaults, extraNotices, WIDGET_ID } from './params';
import { describeBars, describeCurve } from './status';
import './CrossEntropyCurve.css';

const TITLE = 'Cross-entropy curve';

function ClipNote({ eps, onEps }: { eps: Epsilon; onEps: (eps: Epsilon) => void }) {
  return (
    <fieldset className="ce-choice ce-eps">
      <legend>Clip q to [ε, 1 − ε] before the log</legend>
      {EPSILONS.map((value) => (
        <label key={value}>
          <input type="radio" name="ce-eps" checked={eps === value} onChange={() => onEps(value)} />{' '}
          ε = {value} {value === '1e-15' ? '(scikit-learn)' : '(Keras)'}
        </label>
      ))}
    </fieldset>
  );
}

function CrossEntropyCurveInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search) => extraNotices(search));
  const { state, setState } = url;
  const point = curvePoint(state.q, state.eps);
  const bars = barView(state.mode, state.probs, state.logits, state.target, state.eps);
  const set = (change: Partial<typeof state>) => setState((s) => ({ ...s, ...change }));

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={`${describeCurve(point)} ${describeBars(bars)}`}
      formula={<Formula point={point} bars={bars} />}
      numpy={numpyCode(point, bars)}
    >
      <div className="cross-entropy-curve">
        <div className="ce-curve-panel">
          <Curve point={point} onChange={(q) => set({ q })} />
          <div className="ce-curve-panel__fields">
            <NumberField
              label="q"
              value={state.q}
              min={0}
              max={1}
              step={0.01}
              digits={6}
              onChange={(q) => set({ q })}
            />
            <p className="ce-readout">
              loss = <strong>{formatFixed(point.loss, 4)}</strong> nats
            </p>
          </div>
          {point.clipped && point.q < point.eps ? (
            <p className="ce-clip-note">
              ln 0 is −∞, so an unclipped loss would be infinite and its gradient would blow up.
              Clipping q to ε = {point.eps} keeps the loss huge but finite:{' '}
              {formatFixed(point.loss, 4)} nats.
            </p>
          ) : null}
          <ClipNote eps={state.eps} onEps={(eps) => set({ eps })} />
        </div>
        <BarEditor
          view={bars}
          onMode={(mode) => set({ mode })}
          onTarget={(target) => set({ target })}
          onProbability={(i, v) =>
            setState((s) => ({ ...s, probs: setProbability(s.probs, i, v) }))
          }
          onLogit={(i, v) =>
            setState((s) => ({ ...s, logits: s.logits.map((z, j) => (j === i ? v : z)) }))
          }
          onPreset={(probs) => set({ probs: [...probs], target: 0 })}
        />
      </div>
    </WidgetFrame>
  );
}

/** Drag the probability of the true class along −ln q; edit a 3-class prediction and see its loss. */
export default function CrossEntropyCurve() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <CrossEntropyCurveInner />
    </WidgetBoundary>
  );
}
