// A row's editable parts. They are memoised: a temperature step changes every probability but
// no label or logit, so the 40 fields of 20 rows skip rendering while the slider moves.
import { memo } from 'react';
import { NumberField } from '../../ui/NumberField';
import { LabelField } from './LabelField';
import { LOGIT_LIMIT } from './urlState';

interface RowInputsProps {
  index: number;
  label: string;
  logit: number;
  onLabel: (index: number, label: string) => void;
  onLogit: (index: number, logit: number) => void;
}

export const RowInputs = memo(function RowInputs(props: RowInputsProps) {
  const { index, label, logit } = props;
  return (
    <>
      <LabelField
        label={`Token ${index + 1}`}
        value={label}
        onChange={(next) => props.onLabel(index, next)}
      />
      <NumberField
        label={`Logit of ${label}`}
        value={logit}
        min={-LOGIT_LIMIT}
        max={LOGIT_LIMIT}
        digits={4}
        onChange={(next) => props.onLogit(index, next)}
      />
    </>
  );
});

interface RemoveButtonProps {
  index: number;
  label: string;
  disabled: boolean;
  onRemove: (index: number) => void;
  setRef: (index: number, el: HTMLButtonElement | null) => void;
}

export const RemoveButton = memo(function RemoveButton(props: RemoveButtonProps) {
  const { index, setRef, onRemove } = props;
  return (
    <button
      type="button"
      className="button button--small st-remove"
      ref={(el) => setRef(index, el)}
      aria-label={`Remove ${props.label}`}
      disabled={props.disabled}
      onClick={() => onRemove(index)}
    >
      ×
    </button>
  );
});
