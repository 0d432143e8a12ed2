import { useUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { Diagram } from './Diagram';
import { flopText, flopWords, shapeModel } from './model';
import type { ShapeCheck } from './model';
import { numpyCode } from './numpy';
import { shapeText } from './shape';
import type { Shape } from './shape';
import { ShapeField } from './ShapeField';
import { codecs, defaults, WIDGET_ID } from './urlState';
import './ShapeChecker.css';

const TITLE = 'Shape checker';

interface Preset {
  label: string;
  a: Shape;
  b: Shape;
}

const presets: readonly Preset[] = [
  { label: 'Classic error: (32×784) @ (128×784)', a: [32, 784], b: [128, 784] },
  { label: 'Fixed: (32×784) @ (784×128)', a: [32, 784], b: [784, 128] },
  { label: 'Batch X (5×3) @ W (3×2)', a: [5, 3], b: [3, 2] },
  { label: 'W (3×2) @ x (2×1)', a: [3, 2], b: [2, 1] },
];

function Formula({ check }: { check: ShapeCheck }) {
  const [m, n] = check.a;
  const [p, q] = check.b;
  return (
    <div className="formula-lines">
      <p>
        (<var>m</var>×<var>n</var>) @ (<var>n</var>×<var>p</var>) = (<var>m</var>×<var>p</var>): (
        {m}×<strong>{n}</strong>) @ (<strong>{p}</strong>×{q}){' '}
        {check.result ? (
          <>
            = <strong>{shapeText(check.result)}</strong>
          </>
        ) : (
          <>
            — {n} ≠ {p}, no product
          </>
        )}
      </p>
      {check.flops !== null ? (
        <p>
          FLOPs = 2·<var>m</var>·<var>n</var>·<var>p</var> = 2·{m}·{n}·{q} ={' '}
          <strong>{flopText(check.flops)}</strong>
        </p>
      ) : null}
    </div>
  );
}

function Verdict({ check }: { check: ShapeCheck }) {
  if (check.ok && check.result && check.flops !== null) {
    return (
      <dl className="readouts sc-readouts">
        <div>
          <dt>Result shape</dt>
          <dd>{shapeText(check.result)}</dd>
        </div>
        <div>
          <dt>FLOPs (2·m·n·p)</dt>
          <dd>{flopText(check.flops)}</dd>
        </div>
        <div>
          <dt>In words</dt>
          <dd className="sc-readouts__words">{flopWords(check.flops)}</dd>
        </div>
      </dl>
    );
  }
  return (
    <div className="sc-error">
      <p className="sc-error__title">Cannot multiply. The math core says:</p>
      <p className="sc-error__message">
        <code>{check.message}</code>
      </p>
    </div>
  );
}

function ShapeCheckerInner() {
  const url = useUrlState(WIDGET_ID, codecs, defaults);
  const { state, setState } = url;
  // parsing two shapes and, for a mismatch, one matmul on zeros of at most 250,000 entries
  const check = shapeModel(state.a, state.b);
  return (
    <WidgetFrame
      widgetId={WIDGET_ID}
      title={TITLE}
      status={check.status}
      notices={url.notices}
      onDismissNotices={url.dismissNotices}
      onReset={url.reset}
      shareUrl={url.shareUrl}
      formula={<Formula check={check} />}
      numpy={numpyCode(check)}
    >
      <div className="shape-checker">
        <div className="sc-fields">
          <ShapeField
            label="Left shape (A)"
            value={state.a}
            onChange={(a) => setState((s) => ({ ...s, a }))}
          />
          <span className="sc-at" aria-hidden="true">
            @
          </span>
          <ShapeField
            label="Right shape (B)"
            value={state.b}
            onChange={(b) => setState((s) => ({ ...s, b }))}
          />
        </div>
        <p className="sc-hint">Write rows × columns: 32×784, 32x784, 32,784 or (32, 784).</p>
        <div className="sc-presets" role="group" aria-label="Examples">
          {presets.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className="button button--small"
              onClick={() => setState({ a: preset.a, b: preset.b })}
            >
              {preset.label}
            </button>
          ))}
        </div>
        <Diagram check={check} />
        <Verdict check={check} />
      </div>
    </WidgetFrame>
  );
}

/** Two matrix shapes: do they multiply, into what, at what cost — or why not, and the fix. */
export default function ShapeChecker() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <ShapeCheckerInner />
    </WidgetBoundary>
  );
}
