import { describe, expect, it } from 'vitest';
import { expectClose } from '../../../tests/helpers/expectClose';
import { rankSearch, snap, vectorModel } from './model';

describe('vectorModel(a, b)', () => {
  it('gives the dot product, lengths, cosine and angle of (4, 1) and (1, 3)', () => {
    const view = vectorModel({ x: 4, y: 1 }, { x: 1, y: 3 });
    expect(view.dot).toBe(7);
    expectClose(view.normA, Math.sqrt(17));
    expectClose(view.normB, Math.sqrt(10));
    expectClose(view.cos ?? NaN, 7 / Math.sqrt(170));
    expectClose(view.angleDeg ?? NaN, (Math.acos(7 / Math.sqrt(170)) * 180) / Math.PI);
    expect(view.relation).toBe('acute');
  });

  it('projects b onto a: (a·b / |a|²) a', () => {
    const view = vectorModel({ x: 2, y: 0 }, { x: 3, y: 4 });
    expect(view.projection?.scalar).toBe(3);
    expect(view.projection?.point).toEqual({ x: 3, y: 0 });
  });

  it('names perpendicular, parallel and opposite vectors', () => {
    expect(vectorModel({ x: 1, y: 0 }, { x: 0, y: 2 }).relation).toBe('perpendicular');
    expect(vectorModel({ x: 1, y: 2 }, { x: 2, y: 4 }).relation).toBe('same-direction');
    expect(vectorModel({ x: 1, y: 2 }, { x: -2, y: -4 }).relation).toBe('opposite');
    expect(vectorModel({ x: 1, y: 0 }, { x: -1, y: 0.5 }).relation).toBe('obtuse');
  });

  it('handles a zero-length vector with words, never NaN', () => {
    for (const [a, b] of [
      [
        { x: 0, y: 0 },
        { x: 1, y: 3 },
      ],
      [
        { x: 4, y: 1 },
        { x: 0, y: 0 },
      ],
    ] as const) {
      const view = vectorModel(a, b);
      expect(view.cos).toBeNull();
      expect(view.angleDeg).toBeNull();
      expect(view.dot).toBe(0);
      expect(view.status).toMatch(/zero length/);
      expect(view.status).not.toMatch(/NaN|Infinity/);
    }
    const zeroQuery = vectorModel({ x: 0, y: 0 }, { x: 1, y: 1 });
    expect(zeroQuery.projection).toBeNull();
    expect(zeroQuery.search.every((row) => row.cosine === null)).toBe(true);
    expect(zeroQuery.status).toMatch(/no direction/);
  });

  it('keeps cos θ within [−1, 1] for nearly parallel vectors', () => {
    const view = vectorModel({ x: 0.1, y: 0.3 }, { x: 0.3, y: 0.9 });
    expect(view.cos).toBeLessThanOrEqual(1);
    expect(view.angleDeg).not.toBeNaN();
  });
});

describe('rankSearch(query, rankBy)', () => {
  it('ranks the lesson documents for the query [0.8, 0.2, 0] by cosine', () => {
    const rows = rankSearch([0.8, 0.2, 0], 'cosine');
    expect(rows.map((r) => r.name)).toEqual(['postgres', 'kubernetes', 'gpu']);
    expect(rows.map((r) => r.cosine?.toFixed(4))).toEqual(['0.9910', '0.3582', '0.0526']);
  });

  it('re-ranks when the query turns towards another document', () => {
    expect(rankSearch([0, 1, 0], 'cosine')[0]?.name).toBe('kubernetes');
  });

  it('ranks by raw dot product when asked, which rewards length', () => {
    const rows = rankSearch([1, 1, 0], 'dot');
    expect(rows.map((r) => r.dot)).toEqual([...rows.map((r) => r.dot)].sort((p, q) => q - p));
  });
});

describe('snap(point)', () => {
  it('rounds to the 0.1 grid and clamps to the plane', () => {
    expect(snap({ x: 1.234, y: -7 })).toEqual({ x: 1.2, y: -5 });
    expect(snap({ x: 0.30000000000000004, y: -0.04 })).toEqual({ x: 0.3, y: 0 });
    expect(Object.is(snap({ x: -0.01, y: 0 }).x, -0)).toBe(false);
  });
});
