import { describe, expect, it } from 'vitest';
import { readAllLessons } from '../../build/lesson-source';
import type { Claim } from './claims/claim';

// one module per lesson slug: tests/content/claims/<slug>.ts exporting `claims`
const modules = import.meta.glob<{ claims: Claim[] }>('./claims/*.ts', { eager: true });
const claimsByLesson: Record<string, Claim[]> = {};
for (const [file, mod] of Object.entries(modules)) {
  const slug = /\/([a-z0-9-]+)\.ts$/.exec(file)?.[1];
  if (slug && slug !== 'claim') claimsByLesson[slug] = mod.claims;
}

/** Rounds like the lesson does: to the number of decimals shown. */
function roundAsShown(value: number, shown: string): string {
  const decimals = shown.includes('.') ? (shown.split('.')[1] ?? '').length : 0;
  const text = value.toFixed(decimals);
  return text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text;
}

describe('numbers printed in lessons equal the math core', () => {
  for (const lesson of readAllLessons()) {
    const claims = claimsByLesson[lesson.meta.slug] ?? [];

    describe(lesson.file, () => {
      for (const claim of claims) {
        it(`${claim.shown} in “${claim.quote}”`, () => {
          expect(lesson.source).toContain(claim.quote);
          expect(claim.quote).toContain(claim.shown);
          expect(roundAsShown(claim.value, claim.shown)).toBe(claim.shown);
        });
      }

      it('has no 4-decimal number that no claim covers', () => {
        const covered = new Set(claims.map((c) => c.shown));
        const precise = lesson.body.match(/\d+\.\d{4,}/g) ?? [];
        expect(precise.filter((n) => !covered.has(n))).toEqual([]);
      });
    });
  }

  it('covers every lesson that prints numbers', () => {
    for (const lesson of readAllLessons()) {
      expect(claimsByLesson[lesson.meta.slug], lesson.file).toBeDefined();
    }
  });
});
