import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { formatFixed } from '../../ui/format';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { AddPoint } from './AddPoint';
import { DataControls, TrainingControls } from './Controls';
import { makePoints, tidy } from './data';
import type { XY } from './geometry';
import { Formula } from './Formula';
import { LossChart } from './LossChart';
import { accuracy, MAX_STEPS, meanGradient, startCurvature } from './model';
import type { Theta } from './model';
import { numpyCode } from './numpy';
import { clampNotices, codecs, defaults, MAX_ADDED, WIDGET_ID } from './params';
import type { Params } from './params';
import { Plot } from './Plot';
import { describe, regimeOf } from './status';
import { useTraining } from './useTraining';
import './TinyClassifier.css';

const TITLE = 'Tiny classifier';
/** Steps per animation frame while playing (about 120 a second). */
const PER_FRAME = 2;

function TinyClassifierInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search) => clampNotices(search));
  const { state, setState } = url;
  const [playing, setPlaying] = useState(false);
  const [newLabel, setNewLabel] = useState<0 | 1>(1);
  const reducedMotion = usePrefersReducedMotion();
  const update = (change: Partial<Params>) => setState((s) => ({ ...s, ...change }));

  const drawn = useMemo(
    () => [...makePoints(state.preset, state.seed, state.n), ...state.added],
    [state.preset, state.seed, state.n, state.added],
  );
  // new points or a new η replay the whole run; a deferred render keeps the controls responsive
  const points = useDeferredValue(drawn);
  const critical = useMemo(() => 2 / startCurvature(points), [points]);
  const lr = useDeferredValue(state.lr);
  const run = useTraining(points, lr, state.steps);
  const step = state.steps;
  const theta: Theta = run.thetas[step] ?? [0, 0, 0];
  const loss = run.losses[step] ?? 0;
  const startLoss = run.losses[0] ?? Math.LN2;
  const acc = accuracy(points, theta);
  const grad = meanGradient(points, theta);
  const next: Theta = [
    theta[0] - lr * (grad[0] ?? 0),
    theta[1] - lr * (grad[1] ?? 0),
    theta[2] - lr * (grad[2] ?? 0),
  ];
  const regime = regimeOf(run, step, acc);
  const addPoint = (at: XY) => {
    if (state.added.length >= MAX_ADDED) return;
    update({ added: [...state.added, { x: tidy(at.x), y: tidy(at.y), label: newLabel }] });
  };

  if (playing && (reducedMotion || step >= MAX_STEPS)) setPlaying(false);
  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function tick() {
      setState((s) =>
        s.steps >= MAX_STEPS ? s : { ...s, steps: Math.min(MAX_STEPS, s.steps + PER_FRAME) },
      );
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, setState]);

  const status = describe({
    regime,
    step,
    lr,
    loss,
    startLoss,
    correct: Math.round(acc * points.length),
    total: points.length,
    critical,
    preset: state.preset,
  });

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={status}
      onReset={() => {
        url.frame.onReset();
        setPlaying(false);
      }}
      formula={<Formula theta={theta} grad={grad} next={next} lr={lr} loss={loss} />}
      numpy={numpyCode(points, lr, step)}
    >
      <div className="tiny-classifier">
        <div className="tc-left">
          <TrainingControls
            lr={state.lr}
            critical={critical}
            step={step}
            playing={playing}
            reducedMotion={reducedMotion}
            onLr={(lr) => update({ lr })}
            onStep={(count) =>
              setState((s) => ({ ...s, steps: Math.min(MAX_STEPS, s.steps + count) }))
            }
            onPlay={() => setPlaying((p) => !p)}
            onReset={() => {
              setPlaying(false);
              update({ steps: 0 });
            }}
          />
          <Plot points={points} theta={theta} onAdd={addPoint} />
          <p className="tc-legend" aria-hidden="true">
            <span className="tc-legend__0">class 0</span>{' '}
            <span className="tc-legend__1">class 1</span>{' '}
            <span className="tc-legend__line">p = 0.5</span>{' '}
            <span className="tc-legend__contour">p = 0.1 and 0.9</span>
          </p>
        </div>
        <div className="tc-right">
          <LossChart losses={run.losses} step={step} />
          <dl className="readouts tc-readouts">
            <div>
              <dt>Step</dt>
              <dd>{step}</dd>
            </div>
            <div>
              <dt>Loss</dt>
              <dd>{formatFixed(loss, 4)}</dd>
            </div>
            <div>
              <dt>Accuracy</dt>
              <dd>{formatFixed(acc * 100, 0)}%</dd>
            </div>
            <div>
              <dt>w₁, w₂, b</dt>
              <dd>
                {formatFixed(theta[0], 2)}, {formatFixed(theta[1], 2)}, {formatFixed(theta[2], 2)}
              </dd>
            </div>
          </dl>
          <DataControls
            preset={state.preset}
            n={state.n}
            seed={state.seed}
            onPreset={(preset) => update({ preset })}
            onN={(n) => update({ n })}
            onSeed={(seed) => update({ seed })}
          />
          <AddPoint
            label={newLabel}
            added={state.added.length}
            max={MAX_ADDED}
            onLabel={setNewLabel}
            onAdd={addPoint}
            onClear={() => update({ added: [] })}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** Logistic regression on 2-D points, trained live by gradient descent. */
export default function TinyClassifier() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <TinyClassifierInner />
    </WidgetBoundary>
  );
}
