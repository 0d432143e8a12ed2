import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../math';
import { expectClose } from '../../../tests/helpers/expectClose';
import { gradientCheck, relativeError } from './check';
import { buildGraph, stepCount } from './graphs';
import { graphModel } from './model';

const lesson = { x: 1, w: 0.5, b: -0.5, y: 1 };
const neuron = { x: 2, w: 0.5, b: -0.5, y: 1 };

describe('the chain x → u = 3x + 1 → z = u²', () => {
  it('gives dz/dx = 2u·3 = 24 at x = 1 after u = 4 and z = 16', () => {
    const view = graphModel('chain', lesson, 3);
    expect(view.nodes.map((n) => n.value)).toEqual([1, 4, 16]);
    expect(view.steps.map((s) => s.grad)).toEqual([1, 8, 24]);
    expect(view.status).toMatch(
      /^Backward pass done: ∂z\/∂x = 24 at x = 1\. The numeric check \(h = 1e-5\) agrees: relative error .* below 1e-7\.$/,
    );
  });

  it('reveals one local derivative per step, highlighting its edge', () => {
    const forward = graphModel('chain', lesson, 0);
    expect(forward.edges.every((e) => e.grad === null && !e.current)).toBe(true);
    expect(forward.status).toMatch(/^Forward pass: x = 1 gives u = 3x \+ 1 = 4 and z = u² = 16\./);
    const two = graphModel('chain', lesson, 2);
    expect(two.edges.find((e) => e.id === 'u-z')).toMatchObject({ grad: 8, current: true });
    expect(two.edges.find((e) => e.id === 'x-u')).toMatchObject({ grad: null, current: false });
    expect(two.status).toBe(
      'Backward step 2 of 3: multiply ∂z/∂z = 1 by the local derivative ∂z/∂u = 8: ∂z/∂u = 1 × 8 = 8.',
    );
  });

  it('equals 6(3x + 1) everywhere', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), (x) => {
        const g = buildGraph('chain', { ...lesson, x });
        expectClose(g.checked.analytic[0] ?? NaN, 6 * (3 * x + 1), 1e-12, 1e-12);
      }),
    );
  });

  it('clamps a step outside 0 … 3', () => {
    expect(graphModel('chain', lesson, 9).step).toBe(3);
    expect(graphModel('chain', lesson, -2).step).toBe(0);
  });
});

describe('the neuron p = w·x, s = p + b, a = σ(s), L = (a − y)²', () => {
  it('gives L = 0.1425, ∂L/∂w = −0.3549 and ∂L/∂b = −0.1774 at w = 0.5, x = 2, b = −0.5, y = 1', () => {
    const view = graphModel('neuron', neuron, stepCount.neuron);
    const value = (id: string) => view.nodes.find((n) => n.id === id)?.value ?? NaN;
    expect(value('s')).toBe(0.5);
    expect(value('a').toFixed(4)).toBe('0.6225');
    expect(value('L').toFixed(4)).toBe('0.1425');
    expect(view.check.map((r) => r.analytic.toFixed(4))).toEqual(['-0.3549', '-0.1774']);
    expect(view.status).toMatch(/^Backward pass done: ∂L\/∂w = −0\.3549 and ∂L\/∂b = −0\.1774\./);
  });

  it('multiplies upstream by local at every step', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.double({ min: -3, max: 3, noNaN: true }),
          w: fc.double({ min: -5, max: 5, noNaN: true }),
          b: fc.double({ min: -5, max: 5, noNaN: true }),
          y: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        (inputs) => {
          const g = buildGraph('neuron', inputs);
          for (const step of g.steps) expect(step.grad).toBe(step.upstream * step.local);
          const slope = g.edges.find((e) => e.id === 's-a')?.local ?? NaN;
          expect(slope).toBeLessThanOrEqual(0.25);
          expect(slope).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('agrees with central differences to below 1e-7 where the gradient is not vanishing', () => {
    for (const inputs of [
      neuron,
      { x: -1.5, w: 2, b: 0.3, y: 0 },
      { x: 3, w: -1, b: 1, y: 0.25 },
    ]) {
      for (const row of gradientCheck(buildGraph('neuron', inputs))) {
        expect(row.verdict).toBe('agree');
        expect(row.relativeError).toBeLessThan(1e-7);
      }
    }
  });

  it('says a saturated sigmoid lets almost no gradient through, and why the check looks worse', () => {
    const view = graphModel('neuron', { x: 3, w: 5, b: 5, y: 0 }, 7);
    expect(view.sigmoidSlope).toBeLessThan(1e-8);
    expect(view.check.some((r) => r.verdict === 'tiny')).toBe(true);
    expect(view.status).toMatch(/the gradient is so small \(vanishing\)/);
    expect(view.status).toMatch(/the sigmoid is saturated/);
    expect(view.status).not.toMatch(/NaN|Infinity/);
  });

  it('calls an exactly zero gradient zero instead of a 100% relative error', () => {
    const view = graphModel('neuron', { x: 0, w: 0, b: 0, y: 0.5 }, 7);
    expect(view.check.map((r) => r.verdict)).toEqual(['zero', 'zero']);
    expect(view.status).toMatch(/is 0 \(the numeric check is off by at most/);
  });

  it('uses the sigmoid of the math core', () => {
    const g = buildGraph('neuron', neuron);
    expect(g.nodes.find((n) => n.id === 'a')?.value).toBe(sigmoid(0.5));
  });
});

describe('relativeError(analytic, numeric)', () => {
  it('is |a − n| / max(|a|, |n|), and 0 when both are 0', () => {
    expectClose(relativeError(24, 24.000024), 0.000024 / 24.000024, 1e-12);
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError(-1, 1)).toBe(2);
  });
});
