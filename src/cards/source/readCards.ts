// Reads content/cards/<lesson>.yaml at build time: YAML → zod → cross-file checks (unique ids,
// known lessons, id prefix = lesson) → rendered CardData. Used by build/cards-plugin.ts and the
// content test, so what is tested is what ships. Never imported by client code (node:fs).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { CardData, Rich } from '../cardData';
import { renderMarkdown } from './markdown';
import { cardFileSchema, syllabusSlugs } from './schema';
import type { CardSource } from './schema';

export const cardsDir = path.resolve(import.meta.dirname, '../../../content/cards');

export interface CardEntry {
  /** The file name, e.g. vectors.yaml, for messages. */
  file: string;
  lesson: string;
  card: CardSource;
}

/** Parses and validates one file; problems name the file and the field. */
export function parseCardFile(
  file: string,
  text: string,
): { entries: CardEntry[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { entries: [], problems: [`${file}: invalid YAML — ${String(error)}`] };
  }
  const parsed = cardFileSchema.safeParse(raw);
  if (!parsed.success) {
    const cardsRaw = (raw as { cards?: unknown }).cards;
    const problems = parsed.error.issues.map((issue) => {
      const [, index] = issue.path;
      const card: unknown =
        Array.isArray(cardsRaw) && typeof index === 'number' ? cardsRaw[index] : null;
      const id = card && typeof card === 'object' && 'id' in card ? String(card.id) : '';
      return `${file}: ${id ? `${id}: ` : ''}${issue.path.join('.') || '(root)'}: ${issue.message}`;
    });
    return { entries: [], problems };
  }
  const { lesson, cards } = parsed.data;
  const problems: string[] = [];
  if (file !== `${lesson}.yaml`)
    problems.push(`${file}: a file of lesson "${lesson}" is named ${lesson}.yaml`);
  for (const card of cards) {
    if (!card.id.startsWith(`${lesson}/`)) {
      problems.push(`${file}: ${card.id}: ids of this file start with "${lesson}/"`);
    }
  }
  return { entries: cards.map((card) => ({ file, lesson, card })), problems };
}

/**
 * Every card of every file, or an Error listing every problem. `lessons` are the slugs that may
 * have cards: the syllabus's, plus any lesson file that exists.
 */
export function readAllCards(
  dir = cardsDir,
  lessons: Iterable<string> = syllabusSlugs,
): CardEntry[] {
  const known = new Set<string>([...syllabusSlugs, ...lessons]);
  const entries: CardEntry[] = [];
  const problems: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const result = parseCardFile(file, readFileSync(path.join(dir, file), 'utf8'));
    entries.push(...result.entries);
    problems.push(...result.problems);
  }
  const seen = new Map<string, string>();
  for (const { file, lesson, card } of entries) {
    if (!known.has(lesson)) problems.push(`${file}: "${lesson}" is not a lesson in the syllabus`);
    const other = seen.get(card.id);
    if (other) problems.push(`${file}: ${card.id}: the id is already used in ${other}`);
    seen.set(card.id, file);
  }
  if (problems.length > 0) throw new Error(`Invalid cards:\n${[...new Set(problems)].join('\n')}`);
  return entries;
}

/** Renders every markdown field; problems read "file: id: field: what". */
export function renderCard({ file, lesson, card }: CardEntry): {
  data: CardData;
  problems: string[];
} {
  const problems: string[] = [];
  const md = (field: string, text: string, inline = false): Rich => {
    const out = renderMarkdown(text, inline);
    for (const p of out.problems) problems.push(`${file}: ${card.id}: ${field}: ${p}`);
    return out.rich;
  };
  const meta = {
    id: card.id,
    lesson,
    title: card.title,
    explanation: md('explanation', card.explanation),
  };
  switch (card.type) {
    case 'recall':
      return {
        data: {
          ...meta,
          type: 'recall',
          prompt: md('prompt', card.prompt),
          answerText: md('answer', card.answer),
        },
        problems,
      };
    case 'choice':
      return {
        data: {
          ...meta,
          type: 'choice',
          prompt: md('prompt', card.prompt),
          options: card.options.map((o, i) => md(`options.${i}`, o, true)),
          correct: card.correct,
          fixedOrder: card.fixedOrder,
        },
        problems,
      };
    case 'numeric':
      return {
        data: {
          ...meta,
          type: 'numeric',
          prompt: md('prompt', card.prompt),
          expected: card.answer,
          tolerance: card.tolerance,
          ...(card.unit ? { unit: card.unit } : {}),
        },
        problems,
      };
    case 'generated':
      return { data: { ...meta, type: 'generated', generator: card.generator }, problems };
  }
}

/** Renders cards for shipping; throws listing every KaTeX or HTML problem. */
export function renderCards(entries: readonly CardEntry[]): CardData[] {
  const rendered = entries.map(renderCard);
  const problems = rendered.flatMap((r) => r.problems);
  if (problems.length > 0) throw new Error(`Card markdown problems:\n${problems.join('\n')}`);
  return rendered.map((r) => r.data);
}
