import { NumberField } from './NumberField';
import { nextSeed, SEED_MAX } from './seed';

interface SeedFieldProps {
  seed: number;
  /** Called with a whole number from 0 to SEED_MAX, typed or drawn by the button. */
  onChange: (seed: number) => void;
  /** The field's label. Default "Seed". */
  label?: string;
  /** The button's text, or false for no button. Default "New seed". */
  newSeed?: string | false;
  /** The button comes first, full size: when a new draw is the widget's main action. */
  prominent?: boolean;
}

/**
 * The seed of a widget's random draws: a number field (whole numbers, 0 … 2³² − 1) and a button
 * that moves to the next seed (`nextSeed`), so the same link always shows the same draws.
 */
export function SeedField({
  seed,
  onChange,
  label = 'Seed',
  newSeed = 'New seed',
  prominent = false,
}: SeedFieldProps) {
  const button =
    newSeed === false ? null : (
      <button
        type="button"
        className={prominent ? 'button' : 'button button--small'}
        onClick={() => onChange(nextSeed(seed))}
      >
        {newSeed}
      </button>
    );
  return (
    <div className="seed-field">
      {prominent ? button : null}
      <NumberField
        label={label}
        value={seed}
        min={0}
        max={SEED_MAX}
        step={1}
        digits={0}
        // createRng takes whole numbers only
        onChange={(value) => onChange(Math.round(value))}
      />
      {prominent ? null : button}
    </div>
  );
}
