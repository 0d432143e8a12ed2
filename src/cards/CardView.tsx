/**
 * Shows one card instance and checks the answer; used by /review and by CheckYourself.
 *
 * Props:
 * - `instance`: from `instantiate(card, seed)` (catalog.ts). When its card id or seed changes
 *   the view starts fresh; a new object for the same card and seed keeps the attempt.
 * - `onResult(check)`: called once the reader has answered: `null` when a recall card is
 *   revealed; `{ kind: 'right' | 'wrong', … }` when a typed number or a chosen option is checked.
 *   Never called for "not an answer yet" (empty or unreadable input): that only shows a hint.
 * - `revealed`: show the answer regardless (e.g. the review page after a rating or an undo).
 * - `retry`: allow answering again after a result (practice mode); default false, so the first
 *   answer stands, as a review needs.
 * - `keys`: where shortcuts listen — `'card'` (default; only while focus is inside the card, so
 *   a lesson page keeps Space for scrolling) or `'document'` (the review page). Space reveals a
 *   recall card unless focus is in a text field, 1–9 pick an option, Enter submits. In both
 *   scopes the shortcuts stop once the card is answered (unless `retry`), leaving 1–4 free for
 *   the review page's rating buttons, which are not part of this component.
 */
import { useId, useRef, useState } from 'react';
import { ChoiceOptions, NumberAnswer } from './CardAnswerInputs';
import { checkAnswer } from './checkAnswer';
import type { CheckableInstance } from './checkAnswer';
import type { AnswerCheck, CardInstance } from './types';
import { useCardKeys } from './useCardKeys';
import type { KeyScope } from './useCardKeys';
import './CardView.css';

export interface CardViewProps {
  instance: CardInstance | CheckableInstance;
  onResult?: (check: AnswerCheck | null) => void;
  revealed?: boolean;
  retry?: boolean;
  keys?: KeyScope;
}

const kindLabel = {
  recall: 'Recall: answer in your head, then reveal',
  choice: 'Choose one',
  numeric: 'Type a number',
  generated: 'Generated exercise: new numbers every time',
} as const;

interface Attempt {
  revealed: boolean;
  selected: number | null;
  text: string;
  check: AnswerCheck | null;
}

const fresh: Attempt = { revealed: false, selected: null, text: '', check: null };

export function CardView({
  instance,
  onResult,
  revealed = false,
  retry = false,
  keys = 'card',
}: CardViewProps) {
  const id = useId();
  const [attempt, setAttempt] = useState<Attempt>(fresh);
  const identity = `${instance.card.id}@${instance.seed}`;
  const [shownIdentity, setShownIdentity] = useState(identity);
  const radios = useRef<(HTMLInputElement | null)[]>([]);
  const answerRef = useRef<HTMLDivElement>(null);

  // another card or seed: start over (state reset during render, not in an effect); a new
  // object for the same card and seed keeps the reader's attempt
  if (shownIdentity !== identity) {
    setShownIdentity(identity);
    setAttempt(fresh);
  }

  const { card, choices, numeric } = instance;
  const answered = attempt.check !== null && attempt.check.kind !== 'not-an-answer';
  const locked = answered && !retry;
  const shown = revealed || attempt.revealed || answered;

  const reveal = () => {
    if (shown) return;
    setAttempt((a) => ({ ...a, revealed: true }));
    onResult?.(null);
    // the answer appears below the button: take the reader there
    requestAnimationFrame(() => answerRef.current?.focus());
  };

  const submit = () => {
    if (locked) return;
    const check = choices
      ? checkAnswer(instance, { choice: attempt.selected })
      : checkAnswer(instance, { text: attempt.text });
    setAttempt((a) => ({ ...a, check }));
    if (check.kind !== 'not-an-answer') onResult?.(check);
  };

  const pick = (index: number) => {
    if (locked) return;
    setAttempt((a) => ({ ...a, selected: index }));
    radios.current[index]?.focus();
  };

  const onKeyDown = useCardKeys(keys, {
    active: !locked && !(card.type === 'recall' && shown),
    ...(card.type === 'recall' ? { reveal } : {}),
    ...(choices ? { options: choices.options.length, pick, submit } : {}),
  });

  const statusId = `${id}-status`;
  const check = attempt.check;
  return (
    // the key handler only catches shortcuts bubbling up from the card's own controls
    <article className="study-card" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <header className="study-card__header">
        <p className="study-card__title" id={`${id}-title`}>
          {card.title}
        </p>
        <p className="study-card__kind">{kindLabel[card.type]}</p>
      </header>
      <div className="study-card__prompt">{instance.prompt}</div>
      {card.type === 'recall' ? (
        <button
          type="button"
          className="button button--primary"
          aria-expanded={shown}
          aria-controls={`${id}-answer`}
          aria-disabled={shown || undefined}
          onClick={reveal}
        >
          {shown ? 'Answer shown' : 'Show answer'}
        </button>
      ) : choices ? (
        <ChoiceOptions
          name={`${id}-choice`}
          options={choices.options}
          selected={attempt.selected}
          onSelect={pick}
          onSubmit={submit}
          locked={locked}
          correct={answered ? choices.correct : null}
          radios={radios}
        />
      ) : numeric ? (
        <NumberAnswer
          id={`${id}-input`}
          {...(numeric.unit ? { unit: numeric.unit } : {})}
          text={attempt.text}
          onText={(text) => {
            if (!locked) setAttempt((a) => ({ ...a, text }));
          }}
          onSubmit={submit}
          locked={locked}
          describedBy={statusId}
        />
      ) : null}
      <p
        id={statusId}
        role="status"
        className={`study-card__status${check ? ` study-card__status--${check.kind}` : ''}`}
      >
        {check?.message ?? ''}
      </p>
      <div
        id={`${id}-answer`}
        ref={answerRef}
        className="study-card__answer"
        tabIndex={-1}
        hidden={!shown}
      >
        {shown ? instance.answer : null}
      </div>
    </article>
  );
}
