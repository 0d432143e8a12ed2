// The card data the build ships (virtual:cards/<lesson>): authored markdown already rendered to
// a compact hast tree at build time (KaTeX included), so the client never runs KaTeX or parses
// HTML — it only turns these trees into React elements (see renderHast.tsx).
import type { CardMeta } from './types';

/** A hast element as { t: tagName, p: properties, c: children }; text nodes are plain strings. */
export interface CompactElement {
  t: string;
  p?: Record<string, string | number | boolean | (string | number)[]>;
  c?: CompactNode[];
}
export type CompactNode = string | CompactElement;
/** Rendered markdown: the children of the root. */
export type Rich = CompactNode[];

interface Common extends CardMeta {
  /** Why the answer is what it is; shown after reveal or submit. */
  explanation: Rich;
}

export interface RecallData extends Common {
  type: 'recall';
  prompt: Rich;
  answerText: Rich;
}

export interface ChoiceData extends Common {
  type: 'choice';
  prompt: Rich;
  /** Inline markdown, one per option, in authored order. */
  options: Rich[];
  correct: number;
  /** Keep the authored order (e.g. options that are ordered numbers); otherwise shuffled by seed. */
  fixedOrder: boolean;
}

export interface NumericData extends Common {
  type: 'numeric';
  prompt: Rich;
  expected: number;
  tolerance: number;
  unit?: string;
}

export interface GeneratedData extends Common {
  type: 'generated';
  generator: string;
}

export type CardData = RecallData | ChoiceData | NumericData | GeneratedData;
