import { scaleLinear } from 'd3-scale';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { formatFixed } from '../../ui/format';
import type { LiveSource } from '../../ui/liveSource';
import { PictureOverlay } from '../../ui/picture/PictureOverlay';
import type { SoftmaxView, TokenView } from './model';
import { measureRows, softmaxScene } from './preview';
import { RemoveButton, RowInputs } from './RowEditors';
import './TokenRows.css';
import { MAX_TOKENS, MIN_TOKENS } from './urlState';

// bars share one probability axis, 0 … 1, drawn in a 100-unit-wide viewBox
const x = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);

/** One token's bars: faint at T = 1, solid at T, and the share renormalising adds. */
function Bar({ token, filtered }: { token: TokenView; filtered: boolean }) {
  const p = x(token.p);
  const grow = filtered && !token.dropped ? x(token.q) - p : 0;
  return (
    <svg className="st-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <rect className="st-bar__track" x={0} y={0} width={100} height={12} />
      <rect className="st-bar__t1" x={0} y={0} width={x(token.p1)} height={12} />
      <rect className="st-bar__p" x={0} y={2.5} width={p} height={7} />
      {grow > 0 ? <rect className="st-bar__renorm" x={p} y={2.5} width={grow} height={7} /> : null}
    </svg>
  );
}

interface TokenRowsProps {
  view: SoftmaxView;
  /** The callbacks must be stable (useCallback): the row editors are memoised on them. */
  onLabel: (index: number, label: string) => void;
  onLogit: (index: number, logit: number) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** The name the next added token gets (for the add button's accessible name). */
  nextLabel: string;
}

/**
 * RowsPreview's scenes: the rows under `root` are measured as each drag starts (one forced
 * layout of the rows as they stand), not per step.
 */
function rowsScenes(root: HTMLElement | null) {
  let boxes: ReturnType<typeof measureRows> | null = null;
  return (view: SoftmaxView, start: boolean) => {
    if (start || !boxes) boxes = root ? measureRows(root) : null;
    return boxes ? softmaxScene(view, boxes) : null;
  };
}

/**
 * During a live slider drag (src/ui/liveSource.ts), the bars and probabilities of the source's
 * view, drawn by the painter worker over the rows under `root`; nothing otherwise. Put it in
 * the same positioned box as the TokenRows. Only this renders on a drag's step.
 */
export function RowsPreview({
  source,
  root,
}: {
  source: LiveSource<SoftmaxView>;
  root: HTMLElement | null;
}) {
  const build = useMemo(() => rowsScenes(root), [root]);
  return <PictureOverlay source={source} build={build} />;
}

/**
 * The editable (token, logit) rows with their probability bars; values are text, not only bars.
 * Memoised: give it stable callbacks.
 */
export const TokenRows = memo(function TokenRows({
  view,
  onLabel,
  onLogit,
  onAdd,
  onRemove,
  nextLabel,
}: TokenRowsProps) {
  const n = view.tokens.length;
  const filtered = view.filter !== null;
  const sampled = view.draws > 0;
  const removeRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const addRef = useRef<HTMLButtonElement>(null);
  // after a removal, focus lands on the row that took its place (or Add, once removing stops)
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (n <= MIN_TOKENS) addRef.current?.focus();
    else removeRefs.current[Math.min(target, n - 1)]?.focus();
  }, [n]);
  const remove = useCallback(
    (index: number) => {
      pendingFocus.current = index;
      onRemove(index);
    },
    [onRemove],
  );
  const setRemoveRef = useCallback((index: number, el: HTMLButtonElement | null) => {
    removeRefs.current[index] = el;
  }, []);

  return (
    <div className={`st-tokens${sampled ? ' st-tokens--sampled' : ''}`}>
      <div className="st-row st-row--head" aria-hidden="true">
        <span className="st-col-label">Token</span>
        <span className="st-col-logit">Logit z</span>
        <span className="st-col-bar">Probability (bars from 0 to 1)</span>
        <span className="st-col-prob">p</span>
        {sampled ? <span className="st-col-count">Count</span> : null}
      </div>
      <ul className="st-rows" aria-label="Tokens, logits and probabilities">
        {view.tokens.map((token, i) => (
          // keyed by count and position: adding or removing a row rebuilds the fields cleanly
          <li key={`${n}:${i}`} className={`st-row${token.dropped ? ' st-row--dropped' : ''}`}>
            <RowInputs
              index={i}
              label={token.label}
              logit={token.logit}
              onLabel={onLabel}
              onLogit={onLogit}
            />
            <Bar token={token} filtered={filtered} />
            <p className="st-col-prob">
              <span className="visually-hidden">probability </span>
              <span className="st-prob">{formatFixed(token.p, 3)}</span>
              {token.dropped ? <span className="st-note">dropped</span> : null}
              {filtered && !token.dropped ? (
                <span className="st-note">
                  <span aria-hidden="true">→ </span>
                  <span className="visually-hidden">renormalised to </span>
                  {formatFixed(token.q, 3)}
                </span>
              ) : null}
              <span className="visually-hidden">, at T = 1: {formatFixed(token.p1, 3)}</span>
            </p>
            {sampled ? (
              <p className="st-col-count">
                <span className="visually-hidden">drawn </span>
                {token.count ?? 0}
                <span className="visually-hidden"> times</span>
              </p>
            ) : null}
            <RemoveButton
              index={i}
              label={token.label}
              disabled={n <= MIN_TOKENS}
              onRemove={remove}
              setRef={setRemoveRef}
            />
          </li>
        ))}
      </ul>
      <div className="st-add">
        <button
          type="button"
          className="button button--small"
          ref={addRef}
          disabled={n >= MAX_TOKENS}
          onClick={onAdd}
        >
          Add token {nextLabel}
        </button>
        <span className="st-hint">
          {n >= MAX_TOKENS
            ? `${MAX_TOKENS} tokens is the most this widget holds.`
            : `${n} of at most ${MAX_TOKENS} tokens; at least ${MIN_TOKENS}.`}
        </span>
      </div>
      <p className="st-legend">
        <span className="st-swatch st-swatch--p" aria-hidden="true" /> probability at T
        <span className="st-swatch st-swatch--t1" aria-hidden="true" /> at T = 1
        {filtered ? (
          <>
            <span className="st-swatch st-swatch--renorm" aria-hidden="true" /> added by
            renormalising
          </>
        ) : null}
      </p>
    </div>
  );
});
