import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../../../tests/helpers/expectClose';
import { barView, curvePoint, normalise, setProbability } from './model';
import { codecs, extraNotices } from './params';
import { describeBars, describeCurve } from './status';

describe('curvePoint(q, eps)', () => {
  it('gives the lesson numbers: q = 0.7 → 0.3567, q = 0.1 → 2.3026', () => {
    expect(curvePoint(0.7, '1e-15').loss.toFixed(4)).toBe('0.3567');
    expect(curvePoint(0.1, '1e-15').loss.toFixed(4)).toBe('2.3026');
    expect(curvePoint(0.7, '1e-15').clipped).toBe(false);
  });

  it('clips q = 0 to ε: a huge but finite loss, −ln ε', () => {
    const point = curvePoint(0, '1e-15');
    expect(point.clipped).toBe(true);
    expectClose(point.loss, -Math.log(1e-15));
    expect(point.loss.toFixed(4)).toBe('34.5388');
    expectClose(curvePoint(0, '1e-7').loss, -Math.log(1e-7));
    expect(describeCurve(point)).toMatch(/huge but finite 34\.5388 nats/);
  });

  it('is finite and non-negative for every q in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (q) => {
        const { loss } = curvePoint(q, '1e-15');
        return Number.isFinite(loss) && loss >= 0 && loss <= -Math.log(1e-15) + 1e-9;
      }),
    );
  });

  it('describes q = 1 as a certain, free prediction', () => {
    expect(describeCurve(curvePoint(1, '1e-15'))).toMatch(/loss is 0\.0000 nats/);
  });
});

describe('setProbability(probs, i, v)', () => {
  it('keeps the sum at 1 and the other two in proportion', () => {
    const p = setProbability([0.6, 0.3, 0.1], 0, 0.2);
    expect(p[0]).toBe(0.2);
    expectClose(p[1] ?? NaN, 0.6);
    expectClose(p[2] ?? NaN, 0.2);
  });

  it('shares the rest equally when the others were all 0', () => {
    expect(setProbability([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
  });

  it('always returns a distribution', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, i, v) => {
          const start = normalise(w) ?? [1 / 3, 1 / 3, 1 / 3];
          const p = setProbability(start, i, v);
          return Math.abs(p.reduce((s, x) => s + x, 0) - 1) < 1e-9 && p.every((x) => x >= 0);
        },
      ),
    );
  });
});

describe('barView(mode, probs, logits, target, eps)', () => {
  it('logits [1, 3, 1], true class 1 → softmax [0.1065, 0.7870, 0.1065], CE 0.2395', () => {
    const view = barView('logits', [1, 0, 0], [1, 3, 1], 1, '1e-15');
    expect(view.probs.map((p) => p.toFixed(4))).toEqual(['0.1065', '0.7870', '0.1065']);
    expect(view.loss.toFixed(4)).toBe('0.2395');
    expect(view.argmax).toBe(1);
  });

  it('target [1, 0, 0]: 0.1054, 2.3026 and 0.9163 for the lesson predictions', () => {
    const ce = (p: number[]) => barView('probs', p, [0, 0, 0], 0, '1e-15').loss.toFixed(4);
    expect(ce([0.9, 0.05, 0.05])).toBe('0.1054');
    expect(ce([0.1, 0.6, 0.3])).toBe('2.3026');
    expect(ce([0.4, 0.3, 0.3])).toBe('0.9163');
  });

  it('says when the model favours a wrong class, and when clipping saved the loss', () => {
    const wrong = barView('probs', [0.1, 0.6, 0.3], [0, 0, 0], 0, '1e-15');
    expect(describeBars(wrong)).toMatch(/favours class 1, not the true class/);
    const zero = barView('probs', [0, 0.5, 0.5], [0, 0, 0], 0, '1e-15');
    expect(zero.clipped).toBe(true);
    expect(zero.loss.toFixed(4)).toBe('34.5388');
    expect(describeBars(zero)).toMatch(/clipped to ε/);
  });

  it('stays finite for extreme logits (log-softmax, not log of softmax)', () => {
    const view = barView('logits', [1, 0, 0], [-50, 50, 0], 0, '1e-15');
    expectClose(view.loss, 100 + Math.log(1 + Math.exp(-50) + Math.exp(-100)));
  });
});

describe('URL parameters', () => {
  it('divides probabilities by their sum and says so', () => {
    const parsed = codecs.probs.schema.safeParse('1,1,2');
    expect(parsed.success && parsed.data).toEqual([0.25, 0.25, 0.5]);
    const notices = extraNotices('?cross-entropy-curve.probs=1,1,2');
    expect(notices[0]?.message).toMatch(/sums to 4, not 1, so each entry was divided by 4/);
    expect(extraNotices('?cross-entropy-curve.probs=0.5,0.25,0.25')).toEqual([]);
  });

  it('rejects all-zero probabilities, q outside [0, 1] and a fourth class', () => {
    expect(codecs.probs.schema.safeParse('0,0,0').success).toBe(false);
    expect(codecs.q.schema.safeParse('1.5').success).toBe(false);
    expect(codecs.q.schema.safeParse('NaN').success).toBe(false);
    expect(codecs.target.schema.safeParse('3').success).toBe(false);
    expect(codecs.q.schema.safeParse('0').success).toBe(true);
  });
});
