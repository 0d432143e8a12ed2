import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bumpyCurvature,
  bumpyStationaryPoints,
  REGRESSION_BEST_W,
  REGRESSION_CURVATURE,
} from './functions';
import type { FnName } from './functions';
import { gradientDescentModel, gradientDescentRun } from './model';
import type { GdInput } from './model';
import { numpyCode } from './numpy';

interface Run {
  learningRate: number;
  steps: number;
  w: number;
  loss: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../../shared/fixtures/math-reference.json', import.meta.url), 'utf8'),
) as { regressionGradientDescent: { bestW: number; criticalLearningRate: number; runs: Run[] } };
const reference = fixture.regressionGradientDescent;

const model = (fn: FnName, eta: number, steps: number, extra: Partial<GdInput> = {}) =>
  gradientDescentModel({
    fn,
    eta,
    beta: 0,
    x0: fn === 'valley' ? [-4, 2] : fn === 'regression' ? [0] : [3],
    kappa: 10,
    steps,
    ...extra,
  });
const sig6 = (x: number) => Number(x.toPrecision(6));

describe('gradientDescentModel on the regression example', () => {
  it.each(reference.runs)(
    'η = $learningRate, $steps steps from w = 0 ends at the reference w and loss (6 digits)',
    ({ learningRate, steps, w, loss }) => {
      const view = model('regression', learningRate, steps);
      expect(view.stepsTaken).toBe(steps);
      expect(sig6(view.current.x[0] ?? NaN)).toBe(sig6(w));
      expect(sig6(view.current.loss)).toBe(sig6(loss));
    },
  );

  it('has the reference minimum and stability limit', () => {
    expect(REGRESSION_BEST_W).toBeCloseTo(reference.bestW, 12);
    expect(2 / REGRESSION_CURVATURE).toBeCloseTo(reference.criticalLearningRate, 12);
    expect(model('regression', 0.01, 0).limit).toEqual({ value: 2 / 22, local: false });
  });

  it('states the three lesson runs in the status line, with 6 significant digits', () => {
    expect(model('regression', 0.001, 50).status).toMatch(/^Converging slowly: .* w = 1\.34482 /);
    expect(model('regression', 0.01, 50).status).toMatch(/^Converging: .* w = 2\.00363 /);
    const diverging = model('regression', 0.1, 50).status;
    expect(diverging).toMatch(
      /^Diverging: η = 0\.1 is above the stability limit 2\/L ≈ 0\.0909 \(L = 22 is the curvature\)/,
    );
    expect(diverging).toContain('w = −18232 and the loss is 3.65725 × 10^9');
  });

  it('writes out the first update as in the lesson: w ← 0 − 0.01 × (−44.08) = 0.4408', () => {
    const next = model('regression', 0.01, 0).next;
    expect(next?.index).toBe(1);
    expect(next?.from).toEqual([0]);
    expect(next?.grad[0]).toBeCloseTo(-44.08, 12);
    expect(next?.to[0]).toBeCloseTo(0.4408, 12);
  });

  it('stops at an overflow and says so in words, never NaN or Infinity', () => {
    const view = model('regression', 2, 1000);
    expect(view.overflowed).toBe(true);
    expect(view.stepsTaken).toBeLessThan(1000);
    expect(view.next).toBeNull();
    expect(view.status).toMatch(/The loss overflowed after \d+ steps .* diverged\.$/);
    expect(view.status).not.toMatch(/NaN|Infinity/);
    expect(numpyCode(view)).toContain('overflows');
  });
});

describe('status classification by η relative to the curvature L', () => {
  const cases = [
    { fn: 'regression', L: 22, limit: '2/L ≈ 0.0909' },
    { fn: 'quadratic', L: 2, limit: '2/L = 1' },
  ] as const;
  for (const { fn, L, limit } of cases) {
    it(`${fn}: η = 0.5/L converges, 1.5/L oscillates, 2.5/L diverges`, () => {
      const slow = model(fn, 0.5 / L, 5);
      expect(slow.prediction?.regime).toBe('converging');
      expect(slow.status).toMatch(/^Converging: .* closes 50% of the gap/);
      const swing = model(fn, 1.5 / L, 5);
      expect(swing.prediction?.regime).toBe('oscillating');
      expect(swing.runStatus).toBe('oscillating');
      expect(swing.status).toMatch(/^Oscillating but converging: .* between 1\/L/);
      expect(swing.status).toContain(limit);
      const wild = model(fn, 2.5 / L, 5);
      expect(wild.prediction?.regime).toBe('diverging');
      expect(wild.runStatus).toBe('diverged');
      expect(wild.status).toMatch(new RegExp(`^Diverging: .* above the stability limit ${limit}`));
    });
  }

  it('η = 1/L lands on the minimum in one step and then reports convergence', () => {
    expect(model('quadratic', 0.5, 0).status).toMatch(/^Converging in one step/);
    expect(model('quadratic', 0.5, 1).status).toMatch(/^Converged: after 1 step .* x = 0 /);
  });

  it('η = 2/L exactly is on the edge: the error neither shrinks nor grows', () => {
    const view = model('quadratic', 1, 3);
    expect(view.prediction?.regime).toBe('edge');
    expect(view.current.x).toEqual([-3]);
    expect(view.status).toMatch(/^On the edge: η = 1 equals the stability limit 2\/L = 1/);
  });

  it('momentum widens the limit to 2(1 + β)/L and its swings shrink by √β per step', () => {
    const view = model('regression', 0.1, 30, { beta: 0.9 });
    expect(view.prediction?.limit).toBeCloseTo((2 * 1.9) / 22, 12);
    expect(view.prediction?.regime).toBe('oscillating');
    expect(view.prediction?.rate).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(view.status).toMatch(/^Oscillating but converging: momentum β = 0\.9/);
  });
});

describe('the valley and the bumpy function', () => {
  it('valley: the steep direction sets the limit 2/κ and zig-zags below it', () => {
    const view = model('valley', 0.18, 10);
    expect(view.limit?.value).toBeCloseTo(0.2, 12);
    expect(view.status).toMatch(
      /^Zig-zagging but converging: η = 0\.18 is between 1\/κ = 0\.1 and 2\/κ = 0\.2/,
    );
    expect(model('valley', 0.25, 10).status).toMatch(/^Diverging: .* 2\/κ = 0\.2/);
    expect(model('valley', 0.019, 10, { kappa: 100 }).prediction?.rate).toBeCloseTo(0.981, 12);
  });

  it('bumpy: its stationary points are found once, where the slope is zero', () => {
    const points = bumpyStationaryPoints();
    // f′(x) = 0.4x³ − 2x + 0.5 vanishes at all three; f″ says which are minima
    for (const x of [points.globalMin, points.localMin, points.ridge]) {
      expect(Math.abs(0.4 * x ** 3 - 2 * x + 0.5)).toBeLessThan(1e-12);
    }
    expect(bumpyCurvature(points.globalMin)).toBeGreaterThan(0);
    expect(bumpyCurvature(points.localMin)).toBeGreaterThan(0);
    expect(bumpyCurvature(points.ridge)).toBeLessThan(0);
    expect(points.globalMin).toBeLessThan(points.ridge);
    expect(points.ridge).toBeLessThan(points.localMin);
    expect(bumpyStationaryPoints()).toBe(points);
  });

  it('bumpy: from x = 3 it settles in the local minimum and names the global one', () => {
    const view = model('bumpy', 0.05, 300);
    expect(view.current.x[0]).toBeCloseTo(bumpyStationaryPoints().localMin, 8);
    expect(view.basin?.kind).toBe('local');
    expect(view.status).toMatch(
      /^Converged to the local minimum at x ≈ 2\.09866 .* global one at x ≈ −2\.35191/,
    );
    expect(view.limit?.local).toBe(true);
    const left = model('bumpy', 0.05, 300, { x0: [-1] });
    expect(left.current.x[0]).toBeCloseTo(bumpyStationaryPoints().globalMin, 8);
    expect(left.basin?.kind).toBe('global');
  });

  it('bumpy: a huge step overflows and is reported as diverging', () => {
    const view = model('bumpy', 2, 100);
    expect(view.overflowed).toBe(true);
    expect(view.status).toMatch(/^Diverging: /);
    expect(view.status).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('gradientDescentRun (what a live drag computes each step)', () => {
  it('is the model without its words: the same run, path, status and prediction', () => {
    const inputs: GdInput[] = [
      { fn: 'regression', eta: 0.01, beta: 0, x0: [0], kappa: 10, steps: 50 },
      { fn: 'regression', eta: 0.1, beta: 0, x0: [0], kappa: 10, steps: 50 },
      { fn: 'valley', eta: 0.05, beta: 0.9, x0: [-4, 2], kappa: 30, steps: 200 },
      { fn: 'bumpy', eta: 0.3, beta: 0, x0: [3], kappa: 10, steps: 20 },
      { fn: 'quadratic', eta: 1.9, beta: 0.5, x0: [3], kappa: 10, steps: 1000 },
    ];
    for (const input of inputs) {
      const view = gradientDescentModel(input);
      const run = gradientDescentRun(input);
      expect(run.path.map((p) => [...p.x, p.loss])).toEqual(view.path.map((p) => [...p.x, p.loss]));
      expect(run.current).toEqual(view.current);
      expect(run.stepsTaken).toBe(view.stepsTaken);
      expect(run.overflowed).toBe(view.overflowed);
      expect(run.runStatus).toBe(view.runStatus);
      expect(run.prediction).toEqual(view.prediction);
      expect(run.objective.symbols).toEqual(view.objective.symbols);
      expect(run.objective.floor).toBe(view.objective.floor);
    }
  });
});
