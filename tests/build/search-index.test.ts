import { describe, expect, it } from 'vitest';
import { cardDocuments, searchableText } from '../../build/card-search';
import { readAllLessons } from '../../build/lesson-source';
import { searchDocuments } from '../../build/site-plugin';
import { generators } from '../../src/cards/generators';
import { readAllCards } from '../../src/cards/source/readCards';
import type { CardEntry } from '../../src/cards/source/readCards';

const explanation = 'Because.';
const entries: CardEntry[] = [
  {
    file: 'softmax.yaml',
    lesson: 'softmax',
    card: {
      id: 'softmax/why-max',
      type: 'recall',
      title: 'Why subtract the max',
      prompt: 'Why does $\\operatorname{softmax}(z - \\max_i z_i)$ not overflow?',
      answer: 'Shift invariance.',
      explanation,
    },
  },
  {
    file: 'softmax.yaml',
    lesson: 'softmax',
    card: {
      id: 'softmax/entry-generated',
      type: 'generated',
      title: 'One softmax entry',
      generator: 'softmax-entry',
      explanation,
    },
  },
  {
    file: 'future.yaml',
    lesson: 'not-written-yet',
    card: {
      id: 'not-written-yet/x',
      type: 'recall',
      title: 'A card ahead of its lesson',
      prompt: 'Q?',
      answer: 'A.',
      explanation,
    },
  },
];

describe('searchableText(markdown)', () => {
  it('keeps the words of math and drops TeX commands, single letters and markup', () => {
    expect(searchableText('Is $\\operatorname{softmax}(z / T)$ **sharper** for `T < 1`?')).toBe(
      'Is softmax sharper for T < 1?',
    );
    expect(
      searchableText('$$\\begin{bmatrix} a \\\\ b \\end{bmatrix}$$ see [norms](/lessons/x)'),
    ).toBe('see norms');
  });
});

describe('cardDocuments(entries, lessonTitles)', () => {
  const docs = cardDocuments(entries, new Map([['softmax', 'Softmax, logits and temperature']]));

  it('makes one Card result per card of an existing lesson, opening /review on that lesson', () => {
    expect(docs.map((d) => d.id)).toEqual(['card:softmax/why-max', 'card:softmax/entry-generated']);
    for (const doc of docs) {
      expect(doc.kind).toBe('card');
      expect(doc.href).toBe('/review?lesson=softmax');
      expect(doc.context).toBe('Review · Softmax, logits and temperature');
    }
    expect(docs[0]?.text).toBe('Why does softmax not overflow?');
  });

  it("indexes a generated card by its generator's description, not a seeded exercise", () => {
    expect(docs[1]?.text).toBe(generators.get('softmax-entry')?.describe);
  });
});

describe('searchDocuments()', () => {
  const docs = searchDocuments();
  const lessons = new Set(readAllLessons().map((l) => l.meta.slug));
  const shipped = readAllCards(undefined, lessons).filter((e) => lessons.has(e.lesson));

  it('has unique ids and every shipped card exactly once', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const cards = docs.filter((d) => d.kind === 'card');
    expect(cards.map((d) => d.id).sort()).toEqual(shipped.map((e) => `card:${e.card.id}`).sort());
    for (const card of cards) {
      const lesson = new URL(card.href, 'https://x').searchParams.get('lesson') ?? '';
      expect(lessons.has(lesson), card.id).toBe(true);
    }
  });

  it('has "ranks documents" (the e2e search) in one card only', () => {
    const hits = docs.filter((d) => /ranks documents/i.test(`${d.title} ${d.text}`));
    expect(hits.map((d) => d.id)).toEqual(['card:vectors/cosine-for-search']);
  });
});
