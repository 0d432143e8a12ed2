/**
 * The card catalog — the API the review, progress and lesson pages use.
 *
 *   cardIndex: CardMeta[]                       every shipped card (id, lesson, type, title),
 *                                               small and synchronous: for search, progress, due
 *                                               counts. No card content. Also exported alone by
 *                                               ./cardIndex, which keeps the rest out of a chunk.
 *   loadCards(lesson?): Promise<CardData[]>     full cards of one lesson, or of all lessons; each
 *                                               lesson is its own lazy chunk, loaded once.
 *   loadCard(id): Promise<CardData | undefined> one card (loads its lesson's chunk).
 *   instantiate(card, seed): CheckableInstance  what <CardView> shows: a CardInstance plus what
 *                                               checkAnswer needs to name mistakes. Deterministic
 *                                               per seed: store the seed in the review log
 *                                               (ReviewLogEntry.seed) to show the same numbers.
 *   loadInstance(id, seed)                      loadCard + instantiate in one call.
 *   checkAnswer(instance, input)                (./checkAnswer) → AnswerCheck; CardView calls it.
 *
 * Only cards whose lesson file exists are shipped (build/cards-plugin.ts): an id that is in a
 * review log but no longer shipped resolves to undefined, which the caller should skip.
 * CardData extends CardMeta, so loadCards() also satisfies Promise<CardMeta[]>.
 */
import { loaders } from 'virtual:cards';
import type { CardData } from './cardData';
import { cardIndex } from './cardIndex';
import type { CheckableInstance } from './checkAnswer';
import { instantiate } from './instantiate';

export type { CardData } from './cardData';
export type { CheckableInstance } from './checkAnswer';
export { checkAnswer } from './checkAnswer';
export { instantiate } from './instantiate';

export { cardIndex } from './cardIndex';

const cache = new Map<string, Promise<CardData[]>>();

function lessonCards(lesson: string): Promise<CardData[]> {
  const load = loaders[lesson];
  if (!load) return Promise.resolve([]);
  let cards = cache.get(lesson);
  if (!cards) {
    // validated by the cards plugin at build time
    cards = load().then((m) => m.default as CardData[]);
    // a failed chunk load (offline, new deploy) may be retried later
    void cards.catch(() => cache.delete(lesson));
    cache.set(lesson, cards);
  }
  return cards;
}

/** The full cards of `lesson`, or of every lesson in course order. */
export async function loadCards(lesson?: string): Promise<CardData[]> {
  if (lesson !== undefined) return lessonCards(lesson);
  const all = await Promise.all(Object.keys(loaders).map(lessonCards));
  return all.flat();
}

export async function loadCard(id: string): Promise<CardData | undefined> {
  const meta = cardIndex.find((c) => c.id === id);
  if (!meta) return undefined;
  return (await lessonCards(meta.lesson)).find((c) => c.id === id);
}

export async function loadInstance(
  id: string,
  seed: number,
): Promise<CheckableInstance | undefined> {
  const card = await loadCard(id);
  return card ? instantiate(card, seed) : undefined;
}
