import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_VERSION, decodeProgress, migrateProgress } from './progressSchema';
import type { ProgressData } from './progressSchema';
import { mergeProgress, previewMerge } from './progressMerge';

const fixtureDir = join(import.meta.dirname, '../../tests/fixtures');
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /^progress-v\d+\.json$/.test(name))
  .map((name) => ({
    version: Number(/v(\d+)/.exec(name)?.[1]),
    text: readFileSync(join(fixtureDir, name), 'utf8'),
  }));

/** What each frozen fixture must load as, in today's shape. */
const expected: Record<number, ProgressData> = {
  1: {
    reviews: [
      ['vectors/dot-product', 3, '2025-01-06T09:00:00.000Z'],
      ['vectors/norm', 1, '2025-01-06T09:02:00.000Z'],
      ['vectors/norm', 2, '2025-01-06T09:05:00.000Z'],
      ['vectors/dot-product', 3, '2025-01-06T09:10:00.000Z'],
      ['vectors/norm', 4, '2025-01-07T18:30:00.000Z'],
    ].map(([cardId, rating, at]) => {
      const reviewedAt = Date.parse(String(at));
      return {
        id: `${String(cardId)}@${reviewedAt}`,
        cardId: String(cardId),
        rating: rating as 1 | 2 | 3 | 4,
        reviewedAt,
        seed: 0,
      };
    }),
    removed: [],
    lessonsRead: ['vectors'],
    newCardsPerDay: 15,
  },
  2: {
    reviews: [
      {
        id: 'vectors/dot-product@1736154000000',
        cardId: 'vectors/dot-product',
        rating: 3,
        reviewedAt: 1736154000000,
        seed: 0,
      },
      {
        id: 'vectors/cosine-generated@1736154120000',
        cardId: 'vectors/cosine-generated',
        rating: 1,
        reviewedAt: 1736154120000,
        seed: 1234567,
        autoGrade: 'wrong',
      },
      {
        id: 'vectors/cosine-generated@1736154300000',
        cardId: 'vectors/cosine-generated',
        rating: 2,
        reviewedAt: 1736154300000,
        seed: 987654,
        autoGrade: 'right',
      },
      {
        id: 'vectors/dot-product@1736154600000',
        cardId: 'vectors/dot-product',
        rating: 3,
        reviewedAt: 1736154600000,
        seed: 0,
      },
    ],
    removed: ['vectors/norm@1736154200000'],
    lessonsRead: ['softmax', 'vectors'],
    newCardsPerDay: 12,
  },
};

describe('progress fixtures and migrations', () => {
  it('has a frozen fixture for every version up to the current one', () => {
    const versions = fixtures.map((f) => f.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PROGRESS_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('loads the version $version fixture into the current shape', (fixture) => {
    const decoded = decodeProgress(fixture.text);
    expect(decoded).toEqual({
      ok: true,
      data: expected[fixture.version],
      fromVersion: fixture.version,
    });
  });

  it('migrate is exhaustive: unknown and newer versions throw with a reason', () => {
    expect(() => migrateProgress({}, 0)).toThrow(/format version 0 is unknown/);
    expect(() => migrateProgress({}, PROGRESS_VERSION + 1)).toThrow(/newer version of the guide/);
    expect(() => migrateProgress({ log: 'x' }, 1)).toThrow(/version 1 data is damaged: log/);
  });

  it('says exactly what is wrong with bad text', () => {
    expect(decodeProgress('{"state": ')).toMatchObject({ ok: false, failure: 'corrupt' });
    expect(decodeProgress('[1, 2]')).toMatchObject({
      ok: false,
      failure: 'invalid',
      message: expect.stringMatching(/^this is not a saved progress file/) as unknown,
    });
    expect(decodeProgress('{"state": {}}')).toMatchObject({
      ok: false,
      failure: 'invalid',
      message: 'version is missing: this is not a saved progress file',
    });
    const bad = JSON.parse(fixtures.find((f) => f.version === 2)!.text) as {
      state: { reviews: { rating: number }[] };
    };
    bad.state.reviews[1]!.rating = 7;
    expect(decodeProgress(JSON.stringify(bad))).toEqual({
      ok: false,
      failure: 'invalid',
      message: 'reviews[1].rating must be 1, 2, 3 or 4 (Again, Hard, Good, Easy)',
    });
    expect(decodeProgress(JSON.stringify({ version: 9, state: {} }))).toMatchObject({
      ok: false,
      failure: 'migration',
    });
  });
});

describe('merging progress', () => {
  const v2 = expected[2]!;
  const extra = {
    id: 'softmax/t@1736200000000',
    cardId: 'softmax/t',
    rating: 3 as const,
    reviewedAt: 1736200000000,
    seed: 5,
  };

  it('merges review logs by id; undone ids stay out; lessons are a union', () => {
    const theirs: ProgressData = {
      ...v2,
      reviews: [
        ...v2.reviews.slice(0, 2),
        extra,
        { ...v2.reviews[0]!, id: 'vectors/norm@1736154200000' },
      ],
      removed: [],
      lessonsRead: ['attention'],
      newCardsPerDay: 3,
    };
    const merged = mergeProgress(v2, theirs, 'ours');
    expect(merged.reviews.map((e) => e.id)).toEqual([...v2.reviews.map((e) => e.id), extra.id]);
    expect(merged.lessonsRead).toEqual(['attention', 'softmax', 'vectors']);
    expect(merged.newCardsPerDay).toBe(12);
    expect(mergeProgress(v2, theirs, 'theirs').newCardsPerDay).toBe(3);
    // merging is symmetric in the log and idempotent
    expect(mergeProgress(theirs, v2, 'theirs').reviews).toEqual(merged.reviews);
    expect(mergeProgress(merged, theirs, 'ours')).toEqual(merged);
  });

  it('previews what an import adds', () => {
    const incoming: ProgressData = {
      ...v2,
      reviews: [...v2.reviews, extra, { ...extra, id: 'vectors/norm@1736154200000' }],
      lessonsRead: ['vectors', 'attention'],
    };
    expect(previewMerge(v2, incoming)).toEqual({
      reviewsInFile: 6,
      newReviews: 1,
      undoneHere: 1,
      lessonsInFile: 2,
      newLessons: 1,
      cardsInFile: 3,
    });
  });
});
