// Study cards as search documents (`virtual:search-index`, built by site-plugin.ts). A card is
// found by its title and prompt; Enter opens /review filtered to the card's lesson, the only
// place a card is shown. Options, answers and explanations stay out: they would give answers
// away in the result ranking, and cost about three times as much gzip as titles and prompts
// (13 kB against 4.4 kB for the current cards) in the lazy search chunk.
import type { SearchDoc } from '../src/app/search/types.ts';
import { generators } from '../src/cards/generators/index.ts';
import type { CardEntry } from '../src/cards/source/readCards.ts';

/**
 * Card markdown as plain words for the index: math keeps only its words (`\operatorname{softmax}`
 * → softmax; single letters and TeX commands are noise), markup and link targets go.
 */
export function searchableText(markdown: string): string {
  const mathWords = (tex: string) =>
    ` ${(tex.replace(/\\(?:begin|end)\{[^}]*\}|\\[a-zA-Z]+/g, ' ').match(/[a-zA-Z]{3,}/g) ?? []).join(' ')} `;
  return markdown
    .replace(/\$\$([\s\S]*?)\$\$/g, (_, tex: string) => mathWords(tex))
    .replace(/\$([^$]*)\$/g, (_, tex: string) => mathWords(tex))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:?…])/g, '$1')
    .trim();
}

/**
 * What a card is searched by besides its title: the prompt, or for a generated card the
 * generator's one-line description (its prompt is drawn from a seed, so numbers would be noise).
 */
export function cardSearchText(card: CardEntry['card']): string {
  if (card.type === 'generated') return generators.get(card.generator)?.describe ?? '';
  return searchableText(card.prompt);
}

/**
 * One document per card whose lesson is in `lessonTitles` (slug → title), in the order given.
 * Cards of lessons not written yet are not shipped, so they are not searchable either.
 */
export function cardDocuments(
  entries: readonly CardEntry[],
  lessonTitles: ReadonlyMap<string, string>,
): SearchDoc[] {
  return entries.flatMap(({ lesson, card }) => {
    const lessonTitle = lessonTitles.get(lesson);
    if (lessonTitle === undefined) return [];
    return [
      {
        id: `card:${card.id}`,
        kind: 'card' as const,
        title: card.title,
        text: cardSearchText(card),
        href: `/review?${new URLSearchParams({ lesson }).toString()}`,
        context: `Review · ${lessonTitle}`,
      },
    ];
  });
}
