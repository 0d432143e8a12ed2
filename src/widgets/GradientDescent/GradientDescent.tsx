import { useCallback, useMemo, useState } from 'react';
import { createLiveSource, useStableCallback } from '../../ui/liveSource';
import { PictureOverlay, usePainter } from '../../ui/picture/PictureOverlay';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { useSettledValue } from '../../ui/useSettledValue';
import { useUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { useFrameCoalesced, usePlayer } from './animation';
import { ContourView } from './ContourView';
import { ParameterControls } from './Controls';
import { RunControls } from './RunControls';
import { CurveView } from './CurveView';
import { Formula } from './Formula';
import type { FnName } from './functions';
import { LossChart } from './LossChart';
import { gradientDescentModel, MAX_STEPS } from './model';
import type { GdInput } from './model';
import { numpyCode } from './numpy';
import { lossOverlay, pathOverlay } from './painter';
import { codecs, defaults, LR_MAX, LR_MIN, sanitize, toInput, WIDGET_ID } from './params';
import type { Params } from './params';
import { Readouts } from './Readouts';
import './GradientDescent.css';

const TITLE = 'Gradient descent';

/** Learning rates along the slider the painter warms its code with (PictureOverlay's `warm`). */
const WARM_RUNS = 24;

function GradientDescentInner() {
  const url = useUrlState(WIDGET_ID, codecs, defaults);
  // a link can hold values that parse but do not fit (10⁹ steps, a 2-D start for a 1-D
  // function): they are repaired on every read and reported once
  const [repairs, setRepairs] = useState(() => sanitize(url.state).notices);
  const params = useMemo(() => sanitize(url.state).params, [url.state]);
  const input = toInput(params);
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);

  const key = JSON.stringify(input);
  // the input is rebuilt every render; its JSON is the real identity of the run
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => gradientDescentModel(input), [key]);

  // the text (formula, readouts, code) follows a drag once it rests, as WidgetFrame's status
  // does; the plots every step
  const settled = useSettledValue(view);
  const numpy = useMemo(() => numpyCode(settled), [settled]);
  // Where it can, a dragged slider is live (src/ui/liveSource.ts): each step's input goes to
  // `live`, and the painter worker runs it and draws the path and the loss over the plots
  // (PictureOverlay, painter.ts) without this widget rendering; the widget hears the value when
  // the hand rests and at release. Elsewhere the SVGs follow every step.
  const painter = usePainter();
  const [live] = useState(() => createLiveSource<GdInput>());
  // the input of the current parameters with one changed, as a live step or the warm-up makes it
  const inputWith = (change: Partial<Params>) => toInput(sanitize({ ...params, ...change }).params);
  const liveInput = useStableCallback((change: Partial<Params>) => live.set(inputWith(change)));
  const liveLr = useStableCallback((lr: number) => liveInput({ lr }));
  const liveMomentum = useStableCallback((momentum: number) => liveInput({ momentum }));
  const liveKappa = useStableCallback((kappa: number) => liveInput({ kappa }));
  const twoD = view.objective.symbols.length === 2;
  // what a learning-rate drag runs, along the slider's range: the painter runs it once attached
  const [warm] = useState(() =>
    Array.from({ length: WARM_RUNS }, (_, k) =>
      inputWith({ lr: LR_MIN * (LR_MAX / LR_MIN) ** (k / (WARM_RUNS - 1)) }),
    ),
  );

  const { setState } = url;
  // every callback below is stable, so the memoised controls skip a learning-rate drag
  const update = useCallback(
    (change: (p: Params) => Params) => setState((raw) => change(sanitize(raw).params)),
    [setState],
  );
  const setStart = useCallback(
    (x0: readonly number[]) => update((p) => ({ ...p, x0: [...x0] })),
    [update],
  );
  const dragStart = useFrameCoalesced(setStart);
  const setStart1 = useCallback((x: number) => setStart([x]), [setStart]);
  const dragStart1 = useCallback((x: number) => dragStart([x]), [dragStart]);
  const advance = useCallback(
    (by: number) => update((p) => ({ ...p, steps: Math.min(MAX_STEPS, p.steps + by) })),
    [update],
  );
  const restart = useCallback(() => {
    setPlaying(false);
    update((p) => ({ ...p, steps: 0 }));
  }, [update, setPlaying]);
  const onFn = useCallback(
    (fn: FnName) => {
      setPlaying(false);
      update((p) => ({ ...p, fn, lr: null, x0: [], steps: 0 }));
    },
    [update, setPlaying],
  );
  const onLr = useCallback((lr: number) => update((p) => ({ ...p, lr })), [update]);
  const onMomentum = useCallback(
    (momentum: number) => update((p) => ({ ...p, momentum })),
    [update],
  );
  const onKappa = useCallback((kappa: number) => update((p) => ({ ...p, kappa })), [update]);

  const canStep = !view.overflowed && input.steps < MAX_STEPS;
  const finished = !canStep || view.runStatus === 'converged';
  // Play stops by itself at the end of the run: overflow, the step limit, or convergence
  if (playing && finished) setPlaying(false);
  usePlayer(playing && !reducedMotion, () => advance(1));
  const onPlay = useCallback(() => {
    if (playing) return setPlaying(false);
    // at the end of a run, Play starts it again from the start point
    if (finished) update((p) => ({ ...p, steps: 0 }));
    setPlaying(true);
  }, [playing, finished, update, setPlaying]);

  const notices = [...url.notices, ...repairs];
  return (
    <WidgetFrame
      widgetId={WIDGET_ID}
      title={TITLE}
      status={view.status}
      notices={notices}
      onDismissNotices={() => {
        url.dismissNotices();
        setRepairs([]);
      }}
      onReset={() => {
        setPlaying(false);
        setRepairs([]);
        url.reset();
      }}
      shareUrl={url.shareUrl}
      formula={<Formula view={settled} />}
      numpy={numpy}
    >
      <div className="gradient-descent">
        <div className="gradient-descent__plot">
          <div className="gd-plot-box">
            {twoD ? (
              <ContourView view={view} onStart={setStart} onDrag={dragStart} />
            ) : (
              <CurveView view={view} onStart={setStart1} onDrag={dragStart1} />
            )}
            <PictureOverlay source={live} build={pathOverlay} warm={warm} />
          </div>
          <RunControls
            steps={view.stepsTaken}
            maxSteps={MAX_STEPS}
            canStep={canStep}
            playing={playing}
            reducedMotion={reducedMotion}
            onStep={advance}
            onPlay={onPlay}
            onRestart={restart}
          />
        </div>
        <ParameterControls
          view={view}
          onFn={onFn}
          onLr={onLr}
          onMomentum={onMomentum}
          onKappa={onKappa}
          onStart={setStart}
          live={painter ? { lr: liveLr, momentum: liveMomentum, kappa: liveKappa } : undefined}
        />
        <LossChart view={view}>
          <PictureOverlay source={live} build={lossOverlay} warm={warm} />
        </LossChart>
        <Readouts view={settled} />
      </div>
    </WidgetFrame>
  );
}

/**
 * Gradient descent on four functions: a learning-rate slider with its stability limit marked,
 * momentum, a draggable start, the path, the loss per step on a log axis and the update rule.
 */
export default function GradientDescent() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <GradientDescentInner />
    </WidgetBoundary>
  );
}
