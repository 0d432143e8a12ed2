// The two answer inputs of CardView: radio options (1–9 pick them) and a number field (Enter
// submits). Both are forms, so the Check button and Enter work without any script-side magic.
import type { ReactNode, RefObject, SyntheticEvent } from 'react';

interface ChoiceOptionsProps {
  name: string;
  options: readonly ReactNode[];
  selected: number | null;
  onSelect: (index: number) => void;
  onSubmit: () => void;
  locked: boolean;
  /** The right option, marked once answered. */
  correct: number | null;
  radios: RefObject<(HTMLInputElement | null)[]>;
}

export function ChoiceOptions(props: ChoiceOptionsProps) {
  const { name, options, selected, onSelect, onSubmit, locked, correct, radios } = props;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="study-card__form" onSubmit={submit}>
      <fieldset className="study-card__options">
        <legend>Your answer (keys 1–{options.length} pick an option)</legend>
        {options.map((option, i) => {
          const mark = correct === null ? '' : i === correct ? ' study-card__option--right' : '';
          const wrong = correct !== null && i === selected && i !== correct;
          return (
            <label
              key={i}
              className={`study-card__option${mark}${wrong ? ' study-card__option--wrong' : ''}`}
            >
              <input
                ref={(el) => {
                  radios.current[i] = el;
                }}
                type="radio"
                name={name}
                value={i}
                checked={selected === i}
                onChange={() => onSelect(i)}
              />
              <span className="study-card__key" aria-hidden="true">
                {i + 1}
              </span>
              <span className="study-card__option-text">{option}</span>
              {correct === i ? <span className="study-card__mark">right answer</span> : null}
              {wrong ? <span className="study-card__mark">your choice</span> : null}
            </label>
          );
        })}
      </fieldset>
      <button type="submit" className="button button--primary" aria-disabled={locked || undefined}>
        Check
      </button>
    </form>
  );
}

interface NumberAnswerProps {
  id: string;
  unit?: string;
  text: string;
  onText: (text: string) => void;
  onSubmit: () => void;
  locked: boolean;
  describedBy: string;
}

export function NumberAnswer({
  id,
  unit,
  text,
  onText,
  onSubmit,
  locked,
  describedBy,
}: NumberAnswerProps) {
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="study-card__form study-card__number" onSubmit={submit}>
      <label htmlFor={id}>Your answer{unit ? ` (${unit})` : ''}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        readOnly={locked}
        aria-describedby={describedBy}
        onChange={(event) => onText(event.target.value)}
      />
      <button type="submit" className="button button--primary" aria-disabled={locked || undefined}>
        Check
      </button>
    </form>
  );
}
