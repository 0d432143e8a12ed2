import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOSS_CHART, lossChart, powerOfTen } from './lossChart';

const B = LOSS_CHART;
const finite = (g: ReturnType<typeof lossChart>) => [
  ...g.points.flat(),
  ...(g.exit ? [g.exit.x, g.exit.y] : []),
  ...g.yTicks.map((t) => t.at),
  ...g.xTicks.map((t) => t.at),
];

describe('lossChart(values)', () => {
  it('returns only finite coordinates for any values, NaN and ±Infinity included', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), (values) => {
        const g = lossChart(values);
        for (const v of finite(g)) expect(Number.isFinite(v)).toBe(true);
        for (const t of g.yTicks) expect(t.label).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('keeps every point inside the chart box', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e300, noNaN: true }), { minLength: 1 }),
        (values) => {
          for (const [x, y] of lossChart(values).points) {
            expect(x).toBeGreaterThanOrEqual(B.left - 1e-9);
            expect(x).toBeLessThanOrEqual(B.width - B.right + 1e-9);
            expect(y).toBeGreaterThanOrEqual(B.top - 1e-9);
            expect(y).toBeLessThanOrEqual(B.height - B.bottom + 1e-9);
          }
        },
      ),
    );
  });

  it('a diverging run leaves through the top edge where it crosses the top decade', () => {
    // ×10 per step from 44: crosses the top (10⁵, three decades above the start) at step 3.4
    const values = [44, 440, 4400, 44000, 440000, 4.4e6, Infinity];
    const g = lossChart(values);
    expect(g.decades[1]).toBe(5);
    expect(g.exit?.step).toBe(4);
    expect(g.exit?.y).toBe(B.top);
    const x3 = g.points[3]?.[0] ?? NaN;
    const x4 = x3 + (B.width - B.right - B.left) / 10;
    expect(g.exit?.x).toBeGreaterThan(x3);
    expect(g.exit?.x).toBeLessThan(x4);
    // the line ends at the exit: nothing is drawn past it
    expect(g.points.at(-1)).toEqual([g.exit?.x, B.top]);
  });

  it('an overflow to Infinity or NaN is an exit, straight up at that step', () => {
    for (const bad of [Infinity, NaN]) {
      const g = lossChart([10, 20, bad]);
      expect(g.exit?.step).toBe(2);
      expect(g.points).toHaveLength(3);
    }
  });

  it('a converging run stays inside and 0 sits on the bottom edge', () => {
    const g = lossChart([9, 5.76, 3.6864, 0]);
    expect(g.exit).toBeNull();
    expect(g.points).toHaveLength(4);
    expect(g.points[3]?.[1]).toBe(B.height - B.bottom);
    expect(g.decades).toEqual([0, 1]);
  });

  it('labels decades with superscripts', () => {
    expect(powerOfTen(-3)).toBe('10⁻³');
    expect(powerOfTen(12)).toBe('10¹²');
    expect(lossChart([1e-8, 1e4]).yTicks.map((t) => t.label)).toContain('10⁻⁸');
  });
});
