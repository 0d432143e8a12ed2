import { useState } from 'react';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { Chart } from './Chart';
import { Editor, RenormNote } from './Editor';
import type { Which } from './Editor';
import { Formula } from './Formula';
import { klView, MAX_OUTCOMES, MIN_OUTCOMES } from './model';
import { numpyCode } from './numpy';
import { codecs, defaults, lengthNotice, PRESETS, WIDGET_ID } from './params';
import type { Params } from './params';
import { Readouts, TermsTable } from './Readouts';
import { describe } from './status';
import './KLDivergence.css';

const TITLE = 'KL divergence';

function KLDivergenceInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (_search, state) =>
    lengthNotice(state),
  );
  const { state, setState } = url;
  const [refused, setRefused] = useState<string | null>(null);
  // P and Q of different lengths can only come from a hand-edited link: fall back to defaults
  if (state.p.length !== state.q.length) setState((s) => ({ ...s, p: defaults.p, q: defaults.q }));
  const view = klView(state.p, state.q) ?? klView(defaults.p, defaults.q);
  if (!view) throw new Error('the default distributions are invalid');

  const update = (change: (s: Params) => Params) => {
    setRefused(null);
    setState(change);
  };
  const onWeight = (which: Which, index: number, value: number) => {
    const next = state[which].map((w, i) => (i === index ? value : w));
    if (!next.some((w) => w > 0)) {
      setRefused(
        `${which.toUpperCase()} needs at least one weight above 0 to be a distribution, so that change was not applied.`,
      );
      return;
    }
    update((s) => ({ ...s, [which]: next }));
  };

  const removeLast = () => {
    const p = state.p.slice(0, -1);
    const q = state.q.slice(0, -1);
    // dropping the only weighted outcome would leave no distribution
    if (!p.some((w) => w > 0) || !q.some((w) => w > 0)) {
      setRefused('The last outcome holds all of P’s or Q’s weight, so it cannot be removed.');
      return;
    }
    update(() => ({ p, q }));
  };

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={describe(view)}
      onReset={() => {
        url.frame.onReset();
        setRefused(null);
      }}
      formula={<Formula view={view} />}
      numpy={numpyCode(view.p.dist, view.q.dist)}
    >
      <div className="kl-divergence">
        <div className="kl-editor">
          <Editor p={state.p} q={state.q} onWeight={onWeight} />
          {refused ? (
            <p className="field-error" role="alert">
              {refused}
            </p>
          ) : null}
          <RenormNote
            name="P"
            norm={view.p}
            onNormalise={() => update((s) => ({ ...s, p: view.p.dist }))}
          />
          <RenormNote
            name="Q"
            norm={view.q}
            onNormalise={() => update((s) => ({ ...s, q: view.q.dist }))}
          />
          <div className="kl-actions">
            <button
              type="button"
              className="button button--small"
              disabled={state.p.length >= MAX_OUTCOMES}
              onClick={() => update((s) => ({ p: [...s.p, 0], q: [...s.q, 0] }))}
            >
              Add an outcome
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={state.p.length <= MIN_OUTCOMES}
              onClick={removeLast}
            >
              Remove the last outcome
            </button>
          </div>
          <div className="kl-actions" role="group" aria-label="Examples">
            {PRESETS.map((preset) => (
              <button
                key={preset.label}
                type="button"
                className="button button--small"
                onClick={() => update(() => ({ p: [...preset.p], q: [...preset.q] }))}
              >
                {preset.label}
              </button>
            ))}
          </div>
        </div>
        <div className="kl-results">
          <p className="kl-legend" aria-hidden="true">
            <span className="kl-legend__p">P</span> <span className="kl-legend__q">Q</span> (after
            dividing each by its sum)
          </p>
          <Chart rows={view.rows} />
          <Readouts view={view} />
          <TermsTable view={view} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** Two editable distributions with KL both ways, cross-entropy and entropy. */
export default function KLDivergence() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <KLDivergenceInner />
    </WidgetBoundary>
  );
}
