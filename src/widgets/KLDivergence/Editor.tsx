import { formatFixed, formatShort } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { LinearSlider } from '../../ui/Slider';
import { LABELS, WEIGHT_MAX } from './model';
import type { Normalised } from './model';

export type Which = 'p' | 'q';

interface EditorProps {
  p: readonly number[];
  q: readonly number[];
  onWeight: (which: Which, index: number, value: number) => void;
}

function WeightControls(props: {
  which: Which;
  index: number;
  value: number;
  onWeight: EditorProps['onWeight'];
}) {
  const name = `${props.which.toUpperCase()}(${LABELS[props.index] ?? props.index + 1})`;
  const set = (v: number) => props.onWeight(props.which, props.index, v);
  return (
    <div className={`kl-weight kl-weight--${props.which}`}>
      <LinearSlider
        label={name}
        value={Math.min(1, props.value)}
        min={0}
        max={1}
        step={0.01}
        format={() => formatShort(props.value, 4)}
        onChange={(v) => set(Number(v.toFixed(2)))}
      />
      <NumberField
        label={`${name} weight`}
        value={props.value}
        min={0}
        max={WEIGHT_MAX}
        step={0.01}
        digits={4}
        onChange={set}
      />
    </div>
  );
}

/** One row per outcome: P's and Q's weight, each as a slider and a number field. */
export function Editor({ p, q, onWeight }: EditorProps) {
  return (
    <ul className="kl-rows">
      {p.map((pi, i) => (
        <li key={i} className="kl-row">
          <span className="kl-row__label">Outcome {LABELS[i]}</span>
          <WeightControls which="p" index={i} value={pi} onWeight={onWeight} />
          <WeightControls which="q" index={i} value={q[i] ?? 0} onWeight={onWeight} />
        </li>
      ))}
    </ul>
  );
}

/** Says when a distribution's weights were divided by their sum, with a button to keep that. */
export function RenormNote(props: { name: 'P' | 'Q'; norm: Normalised; onNormalise: () => void }) {
  if (!props.norm.renormalised) return null;
  const sum = formatShort(props.norm.sum, 4);
  return (
    <p className="kl-renorm">
      {props.name}’s weights add up to {sum}, not 1, so each is divided by {sum}: {props.name} = [
      {props.norm.dist.map((v) => formatFixed(v, 3)).join(', ')}].{' '}
      <button type="button" className="button button--small" onClick={props.onNormalise}>
        Normalise {props.name}
      </button>
    </p>
  );
}
