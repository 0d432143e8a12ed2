import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { sequentialColours } from '../../ui/drawHeatmap';
import { formatShort } from '../../ui/format';
import { Heatmap } from '../../ui/Heatmap';
import type { HeatmapCell } from '../../ui/Heatmap';
import type { HeatmapPreview } from '../../ui/heatmapPreview';
import { createLiveSource, useStableCallback } from '../../ui/liveSource';
import { usePainter } from '../../ui/picture/PictureOverlay';
import { LogSlider } from '../../ui/Slider';
import { useSettledValue } from '../../ui/useSettledValue';
import { useUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { cellText, describeCell, statusText, WEIGHT_DIGITS, weightText } from './describe';
import { CellReadoutPanel, RowPanel } from './Details';
import { sentenceInputs, STRESS_TOKENS_LIST, tokenize } from './embeddings';
import { Formula } from './Formula';
import { MatrixEditor } from './MatrixEditor';
import { attentionInputs, attentionView, softmaxInputs, T_MAX, T_MIN, topKey } from './model';
import type { AttentionSettings, Mode } from './model';
import { numpyMatrices, numpySentence } from './numpy';
import { codecs, defaults, normalizeParams, WIDGET_ID } from './params';
import type { Params } from './params';
import { SentenceControls } from './SentenceControls';
import { ModeSwitch, ScaleAndMask } from './Toggles';
import './AttentionHeatmap.css';

const TITLE = 'Attention heatmap';
/** The row selected when a mode opens: 'cat' in the default sentence, query 1 in the example. */
const firstRow = (mode: Mode) => (mode === 'sentence' ? 1 : 0);
const temperatureMarks = [{ value: 1, label: '1' }];
const formatTemperature = (value: number) => `T = ${formatShort(value, 3)}`;
/** Beyond this many tokens the heatmap takes the whole width and the panels go below it. */
const SIDE_BY_SIDE_UP_TO = 16;

/** Everything drawn from the parameters; heavy at 128 tokens, so it runs on a deferred copy. */
function useAttention(params: Params) {
  const { mode, stress, text, seed, dk, q, k, v, scale, causal, t } = params;
  const tokens = useMemo(() => (stress ? STRESS_TOKENS_LIST : tokenize(text)), [stress, text]);
  const labels = useMemo(
    () =>
      mode === 'sentence'
        ? { queries: tokens, keys: tokens }
        : { queries: q.map((_, i) => `q${i + 1}`), keys: k.map((_, j) => `k${j + 1}`) },
    [mode, tokens, q, k],
  );
  const inputs = useMemo(() => {
    if (mode === 'matrices') return attentionInputs(q, k, v);
    const { Q, K, V } = sentenceInputs(tokens, seed, dk);
    return attentionInputs(Q, K, V);
  }, [mode, tokens, seed, dk, q, k, v]);
  const settings: AttentionSettings = useMemo(
    () => ({ scale, causal, temperature: t }),
    [scale, causal, t],
  );
  const view = useMemo(() => attentionView(labels, inputs, settings), [labels, inputs, settings]);
  const colours = useMemo(() => sequentialColours([0, view.maxWeight || 1]), [view.maxWeight]);
  const rowNotes = useMemo(
    () => ({ title: 'Sum', values: view.rowSums.map((s) => weightText(s)) }),
    [view.rowSums],
  );
  return { tokens, inputs, settings, view, colours, rowNotes };
}

function AttentionHeatmapInner() {
  const url = useUrlState(WIDGET_ID, codecs, defaults);
  const [initialFixes] = useState(() => normalizeParams(url.state).notices);
  const [showFixes, setShowFixes] = useState(true);
  // memoised: a fixed-up copy must keep its identity, or useDeferredValue re-renders each time
  const params = useMemo(() => normalizeParams(url.state).params, [url.state]);
  const { setState } = url;
  const setParams = useCallback(
    (update: (p: Params) => Partial<Params>) =>
      setState((s) => {
        const current = normalizeParams(s).params;
        return { ...current, ...update(current) };
      }),
    [setState],
  );
  // A change renders twice: at once with the old picture (only the controls change), then the
  // picture from this deferred copy. Everything drawn from it is memoised (the heatmap, panels,
  // formula and code are memo components with stable props), so the first pass is cheap.
  // Where the painter can draw, the temperature slider is live (src/ui/liveSource.ts): a drag's
  // step puts the cached scores and its temperature in the heatmap's live source, whose overlay
  // posts them without a render, and the painter forms and prints the weights; the widget
  // hears the value when the hand rests and at release.
  const painter = usePainter();
  const deferred = useDeferredValue(params);
  const { tokens, inputs, settings, view, colours, rowNotes } = useAttention(deferred);
  const mode = deferred.mode;

  const [selected, setSelected] = useState(() => firstRow(params.mode));
  const [active, setActive] = useState<HeatmapCell | null>(null);
  // Reset remounts the text and number fields, so a rejected entry does not outlive it
  const [generation, setGeneration] = useState(0);
  const row = Math.min(selected, view.n - 1);
  const formatCell = useCallback((i: number, j: number) => cellText(view, i, j), [view]);
  const describe = useCallback(
    (i: number, j: number) => describeCell(view, mode, i, j),
    [view, mode],
  );
  const sentenceHandlers = useMemo(
    () => ({
      onText: (text: string) => setParams(() => ({ text, stress: false })),
      onStress: (stress: boolean) => setParams(() => ({ stress })),
      onDk: (dk: Params['dk']) => setParams(() => ({ dk })),
      onReseed: () => setParams((p) => ({ seed: (p.seed + 1) % 2 ** 31 })),
    }),
    [setParams],
  );
  const onMatrices = useCallback(
    (m: Pick<Params, 'q' | 'k' | 'v'>) => setParams(() => m),
    [setParams],
  );
  const onTemperature = useCallback((t: number) => setParams(() => ({ t })), [setParams]);
  const matrices = useMemo(
    () => ({ q: params.q, k: params.k, v: params.v }),
    [params.q, params.k, params.v],
  );

  // the words (formula, panels, code) follow a slider drag when it rests, as WidgetFrame's status
  // does; the heatmap
  // every step
  const shown = useSettledValue(
    useMemo(
      () => ({ view, settings, tokens, params: deferred }),
      [view, settings, tokens, deferred],
    ),
  );
  const shownMode = shown.params.mode;
  // the live weights the painter draws over the heatmap while the temperature slider drags
  const [live] = useState(() => createLiveSource<HeatmapPreview>());
  const { scale, causal } = deferred;
  // the painter forms the weights itself from the scores, computed once a drag (a temperature
  // changes none of them), and prints them where they fit: a step posts only a temperature
  const scores = useMemo(() => {
    let cached: ReturnType<typeof softmaxInputs> | null = null;
    return () => (cached ??= softmaxInputs(inputs, { scale, causal, temperature: 1 }));
  }, [inputs, scale, causal]);
  const liveTemperature = useStableCallback((t: number) => {
    const { scores: s, temperature } = scores();
    const softmax = { scores: s, temperature: temperature * t, causal };
    live.set({ softmax, colours, digits: WEIGHT_DIGITS });
  });
  const numpy = useMemo(() => {
    const { params: p, settings: s } = shown;
    return p.mode === 'sentence'
      ? numpySentence(shown.tokens, p.seed, p.dk, s)
      : numpyMatrices(p.q, p.k, p.v, s);
  }, [shown]);
  const shownRow = Math.min(selected, shown.view.n - 1);
  const activeInShown =
    active && active.row < shown.view.n && active.col < shown.view.m ? active : null;
  const cell = useMemo(
    () => activeInShown ?? { row: shownRow, col: topKey(shown.view, shownRow).key },
    [activeInShown, shownRow, shown.view],
  );

  const switchMode = useCallback(
    (next: Mode) => {
      setParams(() => ({ mode: next }));
      setSelected(firstRow(next));
      setActive(null);
    },
    [setParams],
  );
  const onScale = useCallback((scale: boolean) => setParams(() => ({ scale })), [setParams]);
  const onCausal = useCallback((causal: boolean) => setParams(() => ({ causal })), [setParams]);
  const reset = () => {
    url.reset();
    setShowFixes(false);
    setSelected(firstRow(defaults.mode));
    setActive(null);
    setGeneration((g) => g + 1);
  };

  return (
    <WidgetFrame
      widgetId={WIDGET_ID}
      title={TITLE}
      status={statusText(view, mode, row)}
      notices={showFixes ? [...url.notices, ...initialFixes] : url.notices}
      onDismissNotices={() => {
        url.dismissNotices();
        setShowFixes(false);
      }}
      onReset={reset}
      shareUrl={url.shareUrl}
      formula={<Formula view={shown.view} settings={shown.settings} row={shownRow} />}
      numpy={numpy}
    >
      <div className="attention-heatmap">
        <ModeSwitch mode={params.mode} onMode={switchMode} />
        {params.mode === 'sentence' ? (
          <SentenceControls
            key={generation}
            text={params.text}
            stress={params.stress}
            dk={params.dk}
            seed={params.seed}
            {...sentenceHandlers}
          />
        ) : (
          <MatrixEditor key={generation} matrices={matrices} onChange={onMatrices} />
        )}
        <div className="attention-heatmap__toggles">
          <ScaleAndMask
            scale={params.scale}
            causal={params.causal}
            onScale={onScale}
            onCausal={onCausal}
          />
          <LogSlider
            label="Temperature"
            min={T_MIN}
            max={T_MAX}
            value={params.t}
            marks={temperatureMarks}
            format={formatTemperature}
            onChange={onTemperature}
            onLive={painter ? liveTemperature : undefined}
          />
        </div>
        <div
          className={`attention-heatmap__main${view.n > SIDE_BY_SIDE_UP_TO ? ' attention-heatmap__main--stacked' : ''}`}
        >
          <Heatmap
            label="Attention weights"
            rowTitle="Queries"
            colTitle="Keys"
            rowLabels={view.queryLabels}
            colLabels={view.keyLabels}
            values={view.cells}
            colours={colours}
            legendTitle="Weight"
            formatLegend={weightText}
            hasMasked={view.anyMasked}
            formatCell={formatCell}
            describeCell={describe}
            active={active}
            onActiveChange={setActive}
            selectedRow={row}
            onSelectRow={setSelected}
            rowNotes={rowNotes}
            live={live}
          />
          <div className="attention-heatmap__side">
            <CellReadoutPanel view={shown.view} mode={shownMode} cell={cell} />
            <RowPanel view={shown.view} mode={shownMode} row={shownRow} />
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}

/**
 * Scaled dot-product attention on a sentence of toy embeddings or on small matrices the reader
 * types: a heatmap of the weights, the selected query's bars and output, and the formula.
 */
export default function AttentionHeatmap() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <AttentionHeatmapInner />
    </WidgetBoundary>
  );
}
