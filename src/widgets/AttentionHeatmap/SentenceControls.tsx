import { memo, useId, useState } from 'react';
import { Segmented } from '../../ui/Segmented';
import { checkSentence, DK_CHOICES, MAX_TOKENS, MIN_TOKENS, STRESS_TOKENS } from './embeddings';
import type { Dk } from './embeddings';

interface SentenceControlsProps {
  text: string;
  stress: boolean;
  dk: Dk;
  seed: number;
  onText: (text: string) => void;
  onStress: (stress: boolean) => void;
  onDk: (dk: Dk) => void;
  onReseed: () => void;
}

/** The sentence, the stress preset, the key width d_k and the projections' seed. */
export const SentenceControls = memo(function SentenceControls(props: SentenceControlsProps) {
  const id = useId();
  const [draft, setDraft] = useState(props.text);
  const [error, setError] = useState<string | null>(null);
  const [lastText, setLastText] = useState(props.text);

  // a change from outside (Reset, a shared link) replaces the draft
  if (props.text !== lastText) {
    setLastText(props.text);
    setDraft(props.text);
    setError(null);
  }

  const onChange = (next: string) => {
    setDraft(next);
    const checked = checkSentence(next);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setError(null);
    const text = checked.tokens.join(' ');
    setLastText(text);
    props.onText(text);
  };

  return (
    <div className="sentence-controls">
      <div className="sentence-controls__text">
        <label htmlFor={`${id}-text`}>
          Sentence ({MIN_TOKENS} to {MAX_TOKENS} words; each word is one token)
        </label>
        <input
          id={`${id}-text`}
          type="text"
          value={draft}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error} Still showing the last valid sentence.
          </p>
        ) : null}
      </div>
      <div className="sentence-controls__row">
        <button
          type="button"
          className="button button--small"
          aria-pressed={props.stress}
          onClick={() => props.onStress(!props.stress)}
        >
          {STRESS_TOKENS}-token stress test
        </button>
        <button type="button" className="button button--small" onClick={props.onReseed}>
          Reseed
        </button>
        <span className="sentence-controls__seed">
          Projections W<sub>q</sub>, W<sub>k</sub>, W<sub>v</sub> from seed {props.seed}
        </span>
      </div>
      <p className="sentence-controls__note">
        A word always gets the same embedding, and this toy model adds no position information, so a
        repeated word gets identical rows and columns.
      </p>
      <Segmented
        legend={
          <>
            Key width d<sub>k</sub>
          </>
        }
        options={DK_CHOICES}
        value={props.dk}
        onChange={props.onDk}
        labelOf={String}
      />
    </div>
  );
});
