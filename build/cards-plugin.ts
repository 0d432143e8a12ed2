// `virtual:cards`: the card index (id, lesson, type, title) and one lazy loader per lesson;
// `virtual:cards/<lesson>`: that lesson's cards with every markdown field rendered to a compact
// hast tree (KaTeX at build time). Only cards whose lesson file exists are shipped; cards for
// lessons not written yet stay in content/cards, validated by the content test, and appear
// once the lesson does. Invalid cards or a KaTeX error fail the build.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { CardMeta } from '../src/cards/types.ts';
import { cardsDir, readAllCards, renderCards } from '../src/cards/source/readCards.ts';
import { lessonsDir, readAllLessons } from './lesson-source.ts';

const indexId = 'virtual:cards';
const lessonPrefix = 'virtual:cards/';

/** The cards the site ships: those of lessons that exist, in course order, then file order. */
function shippedCards() {
  const lessons = readAllLessons().map((l) => l.meta.slug);
  const order = new Map(lessons.map((slug, i) => [slug, i]));
  return readAllCards(cardsDir, lessons)
    .filter((entry) => order.has(entry.lesson))
    .sort((a, b) => (order.get(a.lesson) ?? 0) - (order.get(b.lesson) ?? 0));
}

/** Files, not folders: in dev a watched folder would be treated as an import of the module. */
const sourceFiles = (): string[] =>
  [cardsDir, lessonsDir].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.mdx'))
      .map((f) => path.join(dir, f)),
  );

function indexModule(): string {
  const entries = shippedCards();
  const cardIndex: CardMeta[] = entries.map(({ lesson, card }) => ({
    id: card.id,
    lesson,
    type: card.type,
    title: card.title,
  }));
  const lessons = [...new Set(entries.map((e) => e.lesson))];
  const loaders = lessons
    .map(
      (slug) => `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(lessonPrefix + slug)}),`,
    )
    .join('\n');
  return `export const cardIndex = ${JSON.stringify(cardIndex)};\nexport const loaders = {\n${loaders}\n};\n`;
}

function lessonModule(slug: string): string {
  const cards = renderCards(shippedCards().filter((e) => e.lesson === slug));
  // JSON.parse of a string literal parses faster than the same data as an object literal
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(cards))});\n`;
}

export function cardsPlugin(): Plugin {
  return {
    name: 'math-for-ml:cards',
    resolveId(id) {
      return id === indexId || id.startsWith(lessonPrefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${indexId}`)) return undefined;
      for (const file of sourceFiles()) this.addWatchFile(file);
      const name = id.slice(1);
      return name === indexId ? indexModule() : lessonModule(name.slice(lessonPrefix.length));
    },
    handleHotUpdate(ctx) {
      const file = path.resolve(ctx.file);
      if (!file.startsWith(cardsDir) && !file.startsWith(lessonsDir)) return undefined;
      for (const mod of ctx.server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith(`\0${indexId}`)) ctx.server.moduleGraph.invalidateModule(mod);
      }
      return undefined;
    },
  };
}
