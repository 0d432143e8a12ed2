import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { softmax } from '../../math';
import { expectClose } from '../../../tests/helpers/expectClose';
import { klView, normalised } from './model';
import { codecs, lengthNotice } from './params';
import { describe } from './status';

const weights = fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
  minLength: 3,
  maxLength: 6,
});

group('normalised(weights)', () => {
  it('divides by the sum and says whether it had to', () => {
    expect(normalised([1, 1, 2])).toEqual({ dist: [0.25, 0.25, 0.5], sum: 4, renormalised: true });
    expect(normalised([0.5, 0.25, 0.25])?.renormalised).toBe(false);
    expect(normalised([0, 0, 0])).toBeNull();
  });
});

group('klView(p, q)', () => {
  it('one-hot P = [0, 1, 0], Q = softmax([1, 2, 0.5]): KL = cross-entropy = 0.4644', () => {
    const view = klView([0, 1, 0], softmax([1, 2, 0.5]));
    expect(view?.pq.kl?.toFixed(4)).toBe('0.4644');
    expect(view?.pq.cross?.toFixed(4)).toBe('0.4644');
    expect(view?.hP).toBe(0);
    // the other way round Q puts mass where P has none: infinite, never NaN
    expect(view?.qp.kl).toBeNull();
    expect(view?.qp.blocker).toBe(0);
  });

  it('is asymmetric and obeys H(P, Q) = H(P) + KL(P‖Q)', () => {
    const view = klView([0.9, 0.05, 0.05], [0.4, 0.3, 0.3]);
    expect(view).not.toBeNull();
    if (!view) return;
    expect(Math.abs((view.pq.kl ?? 0) - (view.qp.kl ?? 0))).toBeGreaterThan(0.1);
    expectClose(view.pq.cross ?? NaN, view.hP + (view.pq.kl ?? NaN));
    expect(describe(view)).toMatch(/The two directions differ: KL is not symmetric/);
  });

  it('KL ≥ 0, the terms add up to the core’s KL, and the identity holds for any weights', () => {
    fc.assert(
      fc.property(weights, weights, (p, q0) => {
        const q = q0.slice(0, p.length);
        while (q.length < p.length) q.push(1);
        const view = klView(p, q);
        if (!view || view.pq.kl === null || view.pq.cross === null) return false;
        const sum = view.rows.reduce((s, r) => s + (r.termPQ ?? NaN), 0);
        return (
          view.pq.kl >= 0 &&
          Math.abs(sum - view.pq.kl) < 1e-9 &&
          Math.abs(view.pq.cross - view.hP - view.pq.kl) < 1e-9
        );
      }),
    );
  });

  it('says in words that Q rules out something P does', () => {
    const view = klView([0.5, 0.3, 0.2], [0.6, 0.4, 0]);
    expect(view?.pq.kl).toBeNull();
    expect(view?.pq.cross).toBeNull();
    if (!view) return;
    const text = describe(view);
    expect(text).toMatch(/KL\(P‖Q\) is infinite: Q says impossible for something P does/);
    expect(text).toMatch(/outcome C: P = 0\.2, Q = 0/);
    expect(text).not.toMatch(/NaN|Infinity/);
  });

  it('gives 0 both ways when P = Q', () => {
    const view = klView([0.5, 0.3, 0.2], [5, 3, 2]);
    expect(view?.equal).toBe(true);
    expect(view?.pq.kl).toBe(0);
    if (view) expect(describe(view)).toMatch(/same distribution/);
  });

  it('refuses lists of different lengths', () => {
    expect(klView([1, 1, 1], [1, 1, 1, 1])).toBeNull();
  });
});

group('URL parameters', () => {
  it('accepts 3 to 6 weights from 0 to 100, not all 0', () => {
    expect(codecs.p.schema.safeParse('1,2,3').success).toBe(true);
    expect(codecs.p.schema.safeParse('1,2').success).toBe(false);
    expect(codecs.p.schema.safeParse('1,2,3,4,5,6,7').success).toBe(false);
    expect(codecs.p.schema.safeParse('0,0,0').success).toBe(false);
    expect(codecs.p.schema.safeParse('-1,2,3').success).toBe(false);
    expect(codecs.p.schema.safeParse('1,Infinity,3').success).toBe(false);
  });

  it('reports P and Q of different lengths', () => {
    expect(lengthNotice({ p: [1, 1, 1, 1], q: [1, 1, 1] })[0]?.message).toMatch(
      /P has 4 outcomes but Q has 3/,
    );
    expect(lengthNotice({ p: [1, 1, 1], q: [1, 1, 1] })).toEqual([]);
  });
});
