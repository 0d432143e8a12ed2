// One card + one seed → what CardView shows. Authored cards ignore the seed except that choice
// options are shuffled by it; generated cards draw their numbers from it. Same seed, same card.
import type { ReactNode } from 'react';
import { createRng } from '../math';
import { formatShort } from '../ui/format';
import type { CardData, ChoiceData, GeneratedData, NumericData, RecallData } from './cardData';
import type { CheckableInstance } from './checkAnswer';
import { digitsFor } from './checkAnswer';
import { generators } from './generators';
import { renderRich } from './renderRich';

function meta({ id, lesson, type, title }: CardData) {
  return { id, lesson, type, title };
}

function Answer({ line, children }: { line: ReactNode; children?: ReactNode }) {
  return (
    <>
      <p className="study-card__answer-line">
        <strong>Answer:</strong> {line}
      </p>
      {children}
    </>
  );
}

const explanation = (card: CardData) => (
  <div className="study-card__explanation">{renderRich(card.explanation)}</div>
);

/** A seeded permutation of 0..n−1 (Fisher–Yates). */
function permutation(n: number, seed: number): number[] {
  const rng = createRng(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

function recall(card: RecallData, seed: number): CheckableInstance {
  return {
    card: meta(card),
    seed,
    prompt: renderRich(card.prompt),
    answer: (
      <>
        <div className="study-card__answer-text">{renderRich(card.answerText)}</div>
        {explanation(card)}
      </>
    ),
  };
}

function choice(card: ChoiceData, seed: number): CheckableInstance {
  const order = card.fixedOrder
    ? card.options.map((_, i) => i)
    : permutation(card.options.length, seed);
  const correct = order.indexOf(card.correct);
  const options = order.map((i) => renderRich(card.options[i] ?? []));
  return {
    card: meta(card),
    seed,
    prompt: renderRich(card.prompt),
    choices: { options, correct },
    answer: (
      <Answer
        line={
          <>
            option {correct + 1}, {options[correct]}
          </>
        }
      >
        {explanation(card)}
      </Answer>
    ),
  };
}

function numeric(card: NumericData, seed: number): CheckableInstance {
  const { expected, tolerance, unit } = card;
  const shown = formatShort(expected, digitsFor(tolerance));
  return {
    card: meta(card),
    seed,
    prompt: renderRich(card.prompt),
    numeric: { expected, tolerance, ...(unit ? { unit } : {}) },
    answer: <Answer line={`${shown}${unit ? ` ${unit}` : ''}`}>{explanation(card)}</Answer>,
  };
}

function generated(card: GeneratedData, seed: number): CheckableInstance {
  const generator = generators.get(card.generator);
  if (!generator) throw new Error(`Card ${card.id}: unknown generator "${card.generator}"`);
  const exercise = generator.generate(seed);
  const prompt = exercise.prompt.map((p, i) => <p key={i}>{p}</p>);
  const solution = (
    <>
      <p className="study-card__solution-title">Worked solution</p>
      <ol className="study-card__solution">
        {exercise.solution.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
      {explanation(card)}
    </>
  );
  const base = { card: meta(card), seed, prompt };
  const answer = exercise.answer;
  if (answer.kind === 'choice') {
    return {
      ...base,
      choices: { options: [...answer.options], correct: answer.correct },
      ...(answer.optionMistakes ? { optionMistakes: answer.optionMistakes } : {}),
      answer: (
        <Answer line={`option ${answer.correct + 1}, ${answer.options[answer.correct] ?? ''}`}>
          {solution}
        </Answer>
      ),
    };
  }
  const { expected, tolerance, digits, unit } = answer;
  return {
    ...base,
    numeric: { expected, tolerance, ...(unit ? { unit } : {}) },
    mistakes: answer.mistakes,
    answer: (
      <Answer line={`${formatShort(expected, digits)}${unit ? ` ${unit}` : ''}`}>{solution}</Answer>
    ),
  };
}

/** The instance of `card` for `seed` (any safe integer). Deterministic. */
export function instantiate(card: CardData, seed: number): CheckableInstance {
  switch (card.type) {
    case 'recall':
      return recall(card, seed);
    case 'choice':
      return choice(card, seed);
    case 'numeric':
      return numeric(card, seed);
    case 'generated':
      return generated(card, seed);
  }
}
