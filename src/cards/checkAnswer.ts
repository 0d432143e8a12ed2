// Checks a typed number or a chosen option against a card instance. An empty or unreadable
// entry is "not an answer yet" (the reader is told how to type it), never "wrong"; a wrong
// answer that a known mistake produces is named.
import { formatShort } from '../ui/format';
import type { KnownMistake } from './generators/types';
import { mistakes } from './mistakes';
import type { MistakeId } from './mistakes';
import { parseAnswer } from './parseAnswer';
import type { AnswerCheck, CardInstance } from './types';

/** A CardInstance plus what the checker needs to name mistakes (instantiate fills them in). */
export interface CheckableInstance extends CardInstance {
  /** Numeric: the wrong values known mistakes give on this instance's numbers. */
  mistakes?: readonly KnownMistake[];
  /** Choice: the mistake behind each option, in display order. */
  optionMistakes?: readonly (MistakeId | undefined)[];
}

/** What the reader gave: typed text for numeric/generated-numeric cards, an option index for choices. */
export type AnswerInput = { text: string } | { choice: number | null };

/** Decimals worth showing for an answer accepted within ± tolerance. */
export const digitsFor = (tolerance: number): number =>
  Math.min(6, Math.max(0, Math.ceil(-Math.log10(2 * tolerance) - 1e-9)));

/** |x − y| ≤ tolerance, forgiving the last bits of binary rounding (0.7875 − 0.787 > 0.0005). */
export const within = (x: number, y: number, tolerance: number): boolean =>
  Math.abs(x - y) <= tolerance * (1 + 1e-9) + 1e-12;

function namedMistake(id: MistakeId | undefined): { mistake?: string; note: string } {
  if (!id) return { note: '' };
  return { mistake: mistakes[id].name, note: ` ${mistakes[id].explain}` };
}

function checkNumber(instance: CheckableInstance, text: string): AnswerCheck {
  const numeric = instance.numeric;
  if (!numeric) return { kind: 'not-an-answer', message: 'This card takes no typed number.' };
  const parsed = parseAnswer(text, numeric.unit);
  if (parsed.kind === 'empty') {
    return { kind: 'not-an-answer', message: 'Type a number first, such as 0.25, .25 or 25%.' };
  }
  if (parsed.kind === 'not-a-number') {
    return {
      kind: 'not-an-answer',
      message: `“${text.trim().slice(0, 24)}” is not a number yet: ${parsed.hint}.`,
    };
  }
  const { expected, tolerance, unit } = numeric;
  const digits = digitsFor(tolerance);
  const shown = `${formatShort(expected, digits)}${unit ? ` ${unit}` : ''}`;
  if (within(parsed.value, expected, tolerance)) {
    return { kind: 'right', message: `Right: the answer is ${shown}.` };
  }
  const yours = formatShort(parsed.value, Math.max(digits, 4));
  const match = instance.mistakes?.find((m) => within(parsed.value, m.value, tolerance));
  const { mistake, note } = namedMistake(match?.id);
  const close =
    !match && within(parsed.value, expected, 10 * tolerance)
      ? ` Close: answers within ±${formatShort(tolerance, 8)} count, so check your rounding.`
      : '';
  return {
    kind: 'wrong',
    message: `Not right: the answer is ${shown}, not ${yours}.${note}${close}`,
    ...(mistake ? { mistake } : {}),
  };
}

function checkChoice(instance: CheckableInstance, choice: number | null): AnswerCheck {
  const choices = instance.choices;
  if (!choices) return { kind: 'not-an-answer', message: 'This card has no options.' };
  if (
    choice === null ||
    !Number.isInteger(choice) ||
    choice < 0 ||
    choice >= choices.options.length
  ) {
    return { kind: 'not-an-answer', message: 'Choose an option first.' };
  }
  if (choice === choices.correct) return { kind: 'right', message: 'Right.' };
  const { mistake, note } = namedMistake(instance.optionMistakes?.[choice]);
  return {
    kind: 'wrong',
    message: `Not right: the answer is option ${choices.correct + 1}.${note}`,
    ...(mistake ? { mistake } : {}),
  };
}

/** Checks one answer. Recall cards are revealed and rated, so they are never checked here. */
export function checkAnswer(instance: CheckableInstance, input: AnswerInput): AnswerCheck {
  return 'text' in input ? checkNumber(instance, input.text) : checkChoice(instance, input.choice);
}
