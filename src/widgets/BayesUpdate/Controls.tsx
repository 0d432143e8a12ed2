import { formatShort } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { LinearSlider } from '../../ui/Slider';

interface ProbabilityControlProps {
  /** The slider's visible label, e.g. "Prior P(spam)". */
  label: string;
  /** The typed field's visible label, e.g. "Exact P(spam)". */
  fieldLabel: string;
  value: number;
  onChange: (value: number) => void;
}

/** A probability: a slider in steps of 0.01 and a field for any exact value in [0, 1]. */
export function ProbabilityControl({
  label,
  fieldLabel,
  value,
  onChange,
}: ProbabilityControlProps) {
  return (
    <div className="bayes-control">
      <LinearSlider
        label={label}
        value={value}
        min={0}
        max={1}
        step={0.01}
        format={(v) => formatShort(v, 4)}
        onChange={onChange}
        className="bayes-control__slider"
      />
      <NumberField
        label={fieldLabel}
        value={value}
        min={0}
        max={1}
        step={0.01}
        digits={4}
        onChange={onChange}
        className="bayes-control__field"
      />
    </div>
  );
}
