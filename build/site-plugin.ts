// Build-time data for the glossary page and for search: `virtual:glossary` and
// `virtual:search-index`. Both are imported only by lazy chunks, never by the first load.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { SearchDoc } from '../src/app/search/types.ts';
import { cardsDir, readAllCards } from '../src/cards/source/readCards.ts';
import { cardDocuments } from './card-search.ts';
import { glossaryFile, readGlossary } from './glossary.ts';
import { extractHeadings, lessonsDir, readAllLessons } from './lesson-source.ts';

export const referenceFile = path.resolve(import.meta.dirname, '../content/pages/reference.mdx');

const ids = {
  glossary: 'virtual:glossary',
  search: 'virtual:search-index',
};

export function searchDocuments(): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const lessons = readAllLessons();
  const titles = new Map(lessons.map((l) => [l.meta.slug, l.meta.title]));
  for (const { meta } of lessons) {
    docs.push({
      id: `lesson:${meta.slug}`,
      kind: 'lesson',
      title: meta.title,
      text: meta.summary,
      href: `/lessons/${meta.slug}`,
    });
    for (const heading of meta.headings) {
      docs.push({
        id: `section:${meta.slug}#${heading.id}`,
        kind: 'section',
        title: heading.text,
        text: '',
        href: `/lessons/${meta.slug}#${heading.id}`,
        context: meta.title,
      });
    }
  }
  for (const term of readGlossary()) {
    docs.push({
      id: `term:${term.id}`,
      kind: 'term',
      title: term.term,
      text: [term.definition, ...term.aliases].join(' '),
      href: `/glossary#${term.id}`,
      context: titles.get(term.lesson) ? `Glossary · ${titles.get(term.lesson) ?? ''}` : 'Glossary',
    });
  }
  for (const heading of extractHeadings(readFileSync(referenceFile, 'utf8'))) {
    docs.push({
      id: `identity:${heading.id}`,
      kind: 'identity',
      title: heading.text,
      text: 'key identities formulas reference',
      href: `/reference#${heading.id}`,
      context: 'Reference',
    });
  }
  docs.push(...cardDocuments(readAllCards(cardsDir, titles.keys()), titles));
  return docs;
}

export function sitePlugin(): Plugin {
  return {
    name: 'math-for-ml:site',
    resolveId(id) {
      return Object.values(ids).includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${ids.glossary}`) {
        this.addWatchFile(glossaryFile);
        const terms = readGlossary().map(({ id: termId, term, definition, lesson, aliases }) => ({
          id: termId,
          term,
          definition,
          lesson,
          aliases,
        }));
        return `export const glossary = ${JSON.stringify(terms)};`;
      }
      if (id === `\0${ids.search}`) {
        this.addWatchFile(glossaryFile);
        this.addWatchFile(referenceFile);
        this.addWatchFile(lessonsDir);
        // files, not the folder: a watched folder in dev is taken for an import (cards-plugin.ts)
        for (const file of readdirSync(cardsDir).filter((f) => f.endsWith('.yaml'))) {
          this.addWatchFile(path.join(cardsDir, file));
        }
        return `export const documents = ${JSON.stringify(searchDocuments())};`;
      }
      return undefined;
    },
  };
}
