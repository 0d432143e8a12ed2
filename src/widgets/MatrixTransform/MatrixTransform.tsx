import { formatShort } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { useWidgetUrlState } from '../../ui/useUrlState';
import { WidgetBoundary, WidgetFrame } from '../../ui/WidgetFrame';
import { Formula } from './Formula';
import { fromColumns, matrixModel, PLANE, roundEntry } from './model';
import type { Mat2, MatrixView, Vec2 } from './model';
import { numpyCode } from './numpy';
import { Plane } from './Plane';
import type { Handle } from './Plane';
import { presets } from './presets';
import { clampNotices, codecs, defaults, WIDGET_ID } from './urlState';
import './MatrixTransform.css';

const TITLE = 'Matrix transform';
const entryNames = ['a', 'b', 'c', 'd'] as const;

const toMat2 = ([a = 0, b = 0, c = 0, d = 0]: readonly number[]): Mat2 => [a, b, c, d];

function eigenText(view: MatrixView): string {
  const { eigen } = view;
  switch (eigen.kind) {
    case 'distinct':
      return `${formatShort(eigen.values[0], 3)} and ${formatShort(eigen.values[1], 3)}`;
    case 'complex':
      return 'complex: none real';
    case 'scalar':
      return `${formatShort(eigen.value, 3)} (every direction)`;
    case 'defective':
      return `${formatShort(eigen.value, 3)} (one direction)`;
  }
}

function Readouts({ view }: { view: MatrixView }) {
  const detWords: Record<MatrixView['detKind'], string> = {
    keep: 'orientation kept',
    flip: 'orientation flipped',
    line: 'collapses to a line',
    point: 'collapses to a point',
  };
  return (
    <dl className="readouts mt-readouts">
      <div>
        <dt>det A</dt>
        <dd>{formatShort(view.det, 3)}</dd>
      </div>
      <div>
        <dt>Area and orientation</dt>
        <dd className="mt-readouts__words">{detWords[view.detKind]}</dd>
      </div>
      <div>
        <dt>Eigenvalues</dt>
        <dd className="mt-readouts__words">{eigenText(view)}</dd>
      </div>
    </dl>
  );
}

function MatrixTransformInner() {
  const url = useWidgetUrlState(WIDGET_ID, codecs, defaults, (search, state) =>
    clampNotices(search, state),
  );
  const { state, setState } = url;
  const m = toMat2(state.m);
  // a handful of arithmetic and a 2×2 eigen-solve: cheap enough to run on every render
  const view = matrixModel(m);

  const setMatrix = (next: Mat2) => setState({ m: [...next] });
  const move = (handle: Handle, point: Vec2) =>
    setMatrix(handle === 'i' ? fromColumns(point, view.jHat) : fromColumns(view.iHat, point));
  const setEntry = (index: number, value: number) =>
    setMatrix(toMat2(m.map((x, i) => (i === index ? roundEntry(value) : x))));

  return (
    <WidgetFrame
      {...url.frame}
      title={TITLE}
      status={view.status}
      formula={<Formula view={view} />}
      numpy={numpyCode(view)}
    >
      <div className="matrix-transform">
        <div className="mt-plane-wrap">
          <Plane view={view} onMove={move} />
          <p className="mt-legend" aria-hidden="true">
            <span className="mt-legend__square">unit square</span>
            <span className="mt-legend__circle">unit circle</span>
            <span className="mt-legend__eigen">eigenvector lines</span>
          </p>
        </div>
        <div className="mt-side">
          <fieldset className="mt-fields">
            <legend>Matrix A = [[a, b], [c, d]]</legend>
            {entryNames.map((name, i) => (
              <NumberField
                key={name}
                label={name}
                value={m[i] ?? 0}
                min={-PLANE}
                max={PLANE}
                digits={2}
                onChange={(v) => setEntry(i, v)}
              />
            ))}
            <p className="mt-fields__hint">
              Column (a, c) is where î lands; column (b, d) is where ĵ lands.
            </p>
          </fieldset>
          <div className="mt-presets" role="group" aria-label="Preset matrices">
            {presets.map((preset) => (
              <button
                key={preset.id}
                type="button"
                className="button button--small"
                aria-pressed={preset.m.every((x, i) => x === m[i])}
                onClick={() => setMatrix(preset.m)}
              >
                {preset.label}
              </button>
            ))}
          </div>
          <Readouts view={view} />
        </div>
      </div>
    </WidgetFrame>
  );
}

/** A 2×2 matrix as a map of the plane: grid, unit square and circle, determinant, eigenvectors. */
export default function MatrixTransform() {
  return (
    <WidgetBoundary widgetId={WIDGET_ID} title={TITLE}>
      <MatrixTransformInner />
    </WidgetBoundary>
  );
}
