import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { add, angle, cosineSimilarity, dot, norm, project, scale, sub } from './vector';
import { MathInputError } from './errors';
import { expectClose } from '../../tests/helpers/expectClose';

const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
const vectorPair = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.tuple(
      fc.array(finite, { minLength: n, maxLength: n }),
      fc.array(finite, { minLength: n, maxLength: n }),
    ),
  );

describe('dot', () => {
  it('dot(a, b) reproduces the syllabus: [1,2,3]·[1,0,1] = 4, [2,1,0]·[3,1,4] = 7, user·item = 0.64', () => {
    expect(dot([1, 2, 3], [1, 0, 1])).toBe(4);
    expect(dot([2, 1, 0], [3, 1, 4])).toBe(7);
    expect(dot([1, 2, 3], [2, 0, 1])).toBe(5);
    expectClose(dot([0.2, 0.8, 0.1], [0.3, 0.7, 0.2]), 0.64, 1e-12);
  });

  it('dot(a, b) is symmetric and equals |a||b| cos θ', () => {
    fc.assert(
      fc.property(vectorPair, ([a, b]) => {
        expect(dot(a, b)).toBe(dot(b, a));
        const na = norm(a);
        const nb = norm(b);
        if (na > 1e-3 && nb > 1e-3) {
          expectClose(dot(a, b), na * nb * cosineSimilarity(a, b), 1e-9, 1e-6);
        }
      }),
    );
  });

  it('dot(a, b) names the mismatched lengths', () => {
    expect(() => dot([1, 2, 3], [1, 2])).toThrow(/a has 3 entries but b has 2/);
  });

  it('dot(a, b) names the index of a NaN or Infinity: "dot: a[2] is NaN"', () => {
    expect(() => dot([1, 2, NaN], [1, 2, 3])).toThrow('dot: a[2] is NaN');
    expect(() => dot([1, 2, 3], [Infinity, 2, 3])).toThrow('dot: b[0] is Infinity');
    expect(() => dot([1, 2, 3], [1, 2, 3])).not.toThrow();
  });

  it('dot([], []) says the input is empty', () => {
    expect(() => dot([], [])).toThrow(MathInputError);
    expect(() => dot([], [])).toThrow('dot: a is empty');
  });
});

describe('norm', () => {
  it('norm(a, p) gives the syllabus L2 = 2.9292 and L1 = 4.6 for [2.5, −1.3, 0.8]', () => {
    expect(norm([2.5, -1.3, 0.8]).toFixed(4)).toBe('2.9292');
    expectClose(norm([2.5, -1.3, 0.8], 1), 4.6, 1e-12);
    expect(norm([2.5, -1.3, 0.8], Infinity)).toBe(2.5);
  });

  it('norm(a) survives entries whose squares overflow or underflow', () => {
    expectClose(norm([3e200, 4e200]), 5e200, 1e-15);
    expectClose(norm([3e-200, 4e-200]), 5e-200, 1e-15);
  });

  it('norm(a + b, p) ≤ norm(a, p) + norm(b, p) for p in 1, 2, Infinity (triangle inequality)', () => {
    fc.assert(
      fc.property(vectorPair, fc.constantFrom(1, 2, Infinity), ([a, b], p) => {
        expect(norm(add(a, b), p)).toBeLessThanOrEqual((norm(a, p) + norm(b, p)) * (1 + 1e-12));
      }),
    );
  });

  it('norm(a, 3) explains which p are supported', () => {
    expect(() => norm([1, 2], 3)).toThrow('norm: p must be 1, 2 or Infinity, got 3');
  });
});

describe('cosineSimilarity', () => {
  it('cosineSimilarity(a, b) ranks the syllabus mini vector search: 0.9910, 0.3582, 0.0526', () => {
    const query = [0.8, 0.2, 0];
    const docs = { postgres: [0.9, 0.1, 0], kubernetes: [0.1, 0.8, 0.1], gpu: [0, 0.2, 0.9] };
    const scores = Object.entries(docs).map(([k, v]) => [k, cosineSimilarity(query, v).toFixed(4)]);
    expect(scores).toEqual([
      ['postgres', '0.9910'],
      ['kubernetes', '0.3582'],
      ['gpu', '0.0526'],
    ]);
    expect(cosineSimilarity([1, 2, 3], [1, 0, 1]).toFixed(4)).toBe('0.7559');
    expect(cosineSimilarity([0.2, 0.8, 0.1], [0.3, 0.7, 0.2]).toFixed(4)).toBe('0.9785');
  });

  it('cosineSimilarity(a, b) is 1 for parallel and 0 for perpendicular vectors', () => {
    expectClose(cosineSimilarity([1, 2, 0], [2, 4, 0]), 1, 1e-15);
    expect(cosineSimilarity([1, 2, 0], [0, 0, 3])).toBe(0);
    expectClose(angle([1, 0], [0, 1]), Math.PI / 2, 1e-15);
  });

  it('cosineSimilarity(a, b) lies in [−1, 1] and ignores length', () => {
    fc.assert(
      fc.property(vectorPair, fc.double({ min: 0.01, max: 100, noNaN: true }), ([a, b], c) => {
        fc.pre(norm(a) > 1e-6 && norm(b) > 1e-6);
        const cos = cosineSimilarity(a, b);
        expect(Math.abs(cos)).toBeLessThanOrEqual(1);
        expectClose(cosineSimilarity(scale(a, c), b), cos, 1e-9, 1e-9);
      }),
    );
  });

  it('cosineSimilarity(a, 0) explains that a zero-length vector has no direction', () => {
    expect(() => cosineSimilarity([1, 2], [0, 0])).toThrow(
      'cosineSimilarity: a zero-length vector has no direction (b is all zeros)',
    );
  });
});

describe('vector helpers', () => {
  it('add, sub and scale work entrywise', () => {
    expect(add([1, 2], [3, 4])).toEqual([4, 6]);
    expect(sub([1, 2], [3, 4])).toEqual([-2, -2]);
    expect(scale([1, -2], 3)).toEqual([3, -6]);
  });

  it('project(b, onto) leaves a remainder perpendicular to onto', () => {
    fc.assert(
      fc.property(vectorPair, ([b, onto]) => {
        fc.pre(norm(onto) > 1e-3);
        const rest = sub(b, project(b, onto));
        expect(Math.abs(dot(rest, onto))).toBeLessThanOrEqual(1e-9 * (norm(b) * norm(onto) + 1));
      }),
    );
    expect(project([2, 3], [1, 0])).toEqual([2, 0]);
  });

  it('project(b, 0) refuses a zero-length direction', () => {
    expect(() => project([1, 2], [0, 0])).toThrow(/zero-length vector has no direction/);
  });
});
