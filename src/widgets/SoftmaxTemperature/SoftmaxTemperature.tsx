import { useCallback, useMemo, useState } from 'react';
import { createLiveSource, useStableCallback } from '../../ui/liveSource';
import { usePainter } from '../../ui/picture/PictureOverlay';
import { useSettledValue } from '../../ui/useSettledValue';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { FilterControls, SamplingControls, TemperatureControls } from './Controls';
import { Formula } from './Formula';
import { softmaxModel } from './model';
import type { SoftmaxView } from './model';
import { numpyCode } from './numpy';
import { Readouts } from './Readouts';
import { RowsPreview, TokenRows } from './TokenRows';
import { codecs, defaults, extraNotices, reconcileLabels, VOCABULARY, WIDGET_ID } from './urlState';
import type { Params } from './urlState';
import './SoftmaxTemperature.css';

const TITLE = 'Softmax and temperature';
/** Each press of "Sample 100" adds 100 draws, up to this many (draws rerun on every slider step). */
const MAX_DRAWS = 1000;

const replaceAt = <T,>(xs: readonly T[], i: number, value: T): T[] =>
  xs.map((x, j) => (j === i ? value : x));

/** The first vocabulary word not in use, so new rows get distinct names. */
function nextLabel(labels: readonly string[]): string {
  return VOCABULARY.find((word) => !labels.includes(word)) ?? `token ${labels.length + 1}`;
}

function SoftmaxTemperatureInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search, state) =>
    extraNotices(search, state),
  );
  const { state, setState } = url;
  // draws are a result, not a setting: the seed in the URL reproduces them
  const [draws, setDraws] = useState(0);
  const labels = reconcileLabels(state.logits, state.labels);

  const model = useMemo(() => {
    const input = { ...state, labels: reconcileLabels(state.logits, state.labels), draws };
    return { input, view: softmaxModel(input) };
  }, [state, draws]);
  // the words (formula, readouts, code) follow a slider drag when it rests, as WidgetFrame's
  // status does; the bars and probabilities every step. Where it can, a dragged slider is live
  // (src/ui/liveSource.ts): each step's view goes to `live` and the painter worker draws it
  // over the rows (RowsPreview) without this widget rendering; elsewhere the rows follow.
  const settled = useSettledValue(model);
  const painter = usePainter();
  const [live] = useState(() => createLiveSource<SoftmaxView>());
  // a live step draws bars and probabilities only: the sampled counts (up to MAX_DRAWS draws)
  // are words, which follow when the hand rests
  const liveView = useStableCallback((change: Partial<Params>) =>
    live.set(softmaxModel({ ...model.input, ...change, draws: 0 })),
  );
  const liveT = useStableCallback((t: number) => liveView({ t }));
  const liveP = useStableCallback((p: number) => liveView({ p }));
  const [rowsBox, setRowsBox] = useState<HTMLDivElement | null>(null);
  const numpy = useMemo(() => numpyCode(settled.input), [settled]);
  const { view } = model;

  const update = useCallback(
    (change: (s: Params, labels: string[]) => Partial<Params>) =>
      setState((s) => ({ ...s, ...change(s, reconcileLabels(s.logits, s.labels)) })),
    [setState],
  );
  // stable, so the memoised row editors skip rendering while only the temperature moves
  const onLabel = useCallback(
    (i: number, label: string) => update((_, ls) => ({ labels: replaceAt(ls, i, label) })),
    [update],
  );
  const onLogit = useCallback(
    (i: number, logit: number) =>
      update((s, ls) => ({ logits: replaceAt(s.logits, i, logit), labels: ls })),
    [update],
  );
  const onAdd = useCallback(
    () => update((s, ls) => ({ logits: [...s.logits, 0], labels: [...ls, nextLabel(ls)] })),
    [update],
  );
  const onRemove = useCallback(
    (i: number) =>
      update((s, ls) => ({
        logits: s.logits.filter((_, j) => j !== i),
        labels: ls.filter((_, j) => j !== i),
      })),
    [update],
  );

  // stable, so the memoised filter and sampling groups skip rendering on a temperature step
  const onK = useCallback((k: number | null) => update(() => ({ k })), [update]);
  const onP = useCallback((p: number | null) => update(() => ({ p })), [update]);
  const onSample = useCallback(() => setDraws((d) => Math.min(MAX_DRAWS, d + 100)), []);
  const onClear = useCallback(() => setDraws(0), []);
  const onSeed = useCallback((seed: number) => update(() => ({ seed })), [update]);

  const reset = () => {
    url.frame.onReset();
    setDraws(0);
  };

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={model.view.status}
      onReset={reset}
      formula={<Formula view={settled.view} />}
      numpy={numpy}
    >
      <div className="softmax-temperature">
        <TemperatureControls
          t={state.t}
          onChange={(t) => update(() => ({ t }))}
          onLive={painter ? liveT : undefined}
        />
        <div className="st-tokens-box" ref={setRowsBox}>
          <TokenRows
            view={view}
            nextLabel={nextLabel(labels)}
            onLabel={onLabel}
            onLogit={onLogit}
            onAdd={onAdd}
            onRemove={onRemove}
          />
          <RowsPreview source={live} root={rowsBox} />
        </div>
        <div className="st-panels">
          <FilterControls
            n={state.logits.length}
            k={state.k}
            p={state.p}
            onK={onK}
            onP={onP}
            onLiveP={painter ? liveP : undefined}
          />
          <SamplingControls
            seed={state.seed}
            draws={draws}
            maxDraws={MAX_DRAWS}
            onSample={onSample}
            onClear={onClear}
            onSeed={onSeed}
          />
        </div>
        <Readouts view={settled.view} />
      </div>
    </WidgetFrame>
  );
}

/** Editable logits turned into probabilities by softmax with a temperature, with sampling. */
export default function SoftmaxTemperature() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <SoftmaxTemperatureInner />
    </WidgetBoundary>
  );
}
