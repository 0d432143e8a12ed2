import { formatFixed, formatShort } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { enumCodec, numberListCodec, useUrlState } from '../../ui/useUrlState';
import type { ParamCodecs } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { PLANE, snap, vectorModel } from './model';
import type { RankBy, Vec2, VectorView } from './model';
import { numpyCode } from './numpy';
import { Plane } from './Plane';
import type { Handle } from './Plane';
import { SearchTable } from './SearchTable';

const WIDGET_ID = 'vector-playground';

type Params = {
  a: number[];
  b: number[];
  rank: RankBy;
};

const vectorCodec = numberListCodec({ length: 2, min: -PLANE, max: PLANE });
const codecs: ParamCodecs<Params> = {
  a: vectorCodec,
  b: vectorCodec,
  rank: enumCodec(['cosine', 'dot'] as const),
};
// a = (4, 1) points the same way as the lesson's query [0.8, 0.2, 0], so the search table
// opens on the lesson's numbers
const defaults: Params = { a: [4, 1], b: [1, 3], rank: 'cosine' };

const toVec = ([x = 0, y = 0]: readonly number[]): Vec2 => ({ x, y });

function Readouts({ view }: { view: VectorView }) {
  const undefinedAngle = view.cos === null;
  return (
    <div className="readouts-wrap">
      <dl className="readouts">
        <div>
          <dt>a·b</dt>
          <dd>{formatFixed(view.dot, 3)}</dd>
        </div>
        <div>
          <dt>|a|</dt>
          <dd>{formatFixed(view.normA, 3)}</dd>
        </div>
        <div>
          <dt>|b|</dt>
          <dd>{formatFixed(view.normB, 3)}</dd>
        </div>
        <div>
          <dt>cos θ</dt>
          <dd>{view.cos === null ? 'undefined' : formatFixed(view.cos, 4)}</dd>
        </div>
        <div>
          <dt>θ</dt>
          <dd>{view.angleDeg === null ? 'undefined' : `${formatFixed(view.angleDeg, 1)}°`}</dd>
        </div>
        <div>
          <dt>b along a</dt>
          <dd>{view.projection ? formatFixed(view.projection.scalar, 3) : 'undefined'}</dd>
        </div>
      </dl>
      {undefinedAngle ? (
        <p className="readouts__note">
          A zero-length vector has no direction, so the angle between the two is undefined (and so
          is cos θ). The dot product is still defined: it is 0.
        </p>
      ) : null}
    </div>
  );
}

function Formula({ view }: { view: VectorView }) {
  const { a, b } = view;
  const n = (x: number) => formatFixed(x, 3);
  const p = (x: number) => (x < 0 ? `(${formatShort(x, 1)})` : formatShort(x, 1));
  return (
    <div className="formula-lines">
      <p>
        <var>a</var>·<var>b</var> = <var>a</var>
        <sub>1</sub>
        <var>b</var>
        <sub>1</sub> + <var>a</var>
        <sub>2</sub>
        <var>b</var>
        <sub>2</sub> = {p(a.x)}×{p(b.x)} + {p(a.y)}×{p(b.y)} = <strong>{n(view.dot)}</strong>
      </p>
      <p>
        |<var>a</var>| = √({p(a.x)}² + {p(a.y)}²) = {n(view.normA)}, |<var>b</var>| ={' '}
        {n(view.normB)}
      </p>
      {view.cos === null ? (
        <p>
          cos θ = <var>a</var>·<var>b</var> / (|<var>a</var>| |<var>b</var>|) divides by zero here:
          undefined.
        </p>
      ) : (
        <p>
          cos θ = <var>a</var>·<var>b</var> / (|<var>a</var>| |<var>b</var>|) = {n(view.dot)} / (
          {n(view.normA)} × {n(view.normB)}) = <strong>{formatFixed(view.cos, 4)}</strong>
        </p>
      )}
      {view.projection ? (
        <p>
          proj<sub>a</sub> <var>b</var> = (<var>a</var>·<var>b</var> / |<var>a</var>|²) <var>a</var>{' '}
          = ({formatFixed(view.projection.point.x, 3)}, {formatFixed(view.projection.point.y, 3)})
        </p>
      ) : null}
    </div>
  );
}

function VectorPlaygroundInner() {
  const url = useUrlState(WIDGET_ID, codecs, defaults);
  const { state, setState } = url;
  const a = toVec(state.a);
  const b = toVec(state.b);
  // cheap (a few dozen flops): no memo needed
  const view = vectorModel(a, b, state.rank);

  const move = (handle: Handle, point: Vec2) =>
    setState((s) => ({ ...s, [handle]: [point.x, point.y] }));
  const setComponent = (handle: Handle, axis: 'x' | 'y', value: number) => {
    const current = handle === 'a' ? a : b;
    move(handle, snap({ ...current, [axis]: value }));
  };

  return (
    <WidgetFrame
      widgetId={WIDGET_ID}
      title="Vector playground"
      status={view.status}
      notices={url.notices}
      onDismissNotices={url.dismissNotices}
      onReset={url.reset}
      shareUrl={url.shareUrl}
      formula={<Formula view={view} />}
      numpy={numpyCode(a, b, state.rank)}
    >
      <div className="vector-playground">
        <div className="vector-playground__plane">
          <Plane view={view} onMove={move} />
          <div className="vector-playground__fields">
            {(['a', 'b'] as const).map((handle) => (
              <fieldset key={handle} className={`vector-fields vector-fields--${handle}`}>
                <legend>Vector {handle}</legend>
                <NumberField
                  label="x"
                  value={handle === 'a' ? a.x : b.x}
                  min={-PLANE}
                  max={PLANE}
                  digits={1}
                  onChange={(v) => setComponent(handle, 'x', v)}
                />
                <NumberField
                  label="y"
                  value={handle === 'a' ? a.y : b.y}
                  min={-PLANE}
                  max={PLANE}
                  digits={1}
                  onChange={(v) => setComponent(handle, 'y', v)}
                />
              </fieldset>
            ))}
          </div>
        </div>
        <Readouts view={view} />
        <SearchTable
          view={view}
          rankBy={state.rank}
          onRankBy={(rank) => setState((s) => ({ ...s, rank }))}
        />
      </div>
    </WidgetFrame>
  );
}

/** Two draggable 2-D arrows with their dot product, lengths, angle, projection and a search. */
export default function VectorPlayground() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title="Vector playground">
      <VectorPlaygroundInner />
    </WidgetBoundary>
  );
}
