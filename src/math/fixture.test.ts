// Every case of the shared NumPy/SciPy reference fixture, matched to 1e-9 relative-or-absolute.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as math from './index';
import type { Matrix, Vector } from './index';

interface FixtureCase {
  fn: string;
  args: unknown[];
  expected: unknown;
}
interface Fixture {
  tolerance: { abs: number; rel: number };
  cases: FixtureCase[];
  regressionGradientDescent: {
    x: number[];
    y: number[];
    w0: number;
    bestW: number;
    criticalLearningRate: number;
    runs: { learningRate: number; steps: number; w: number; loss: number }[];
  };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../../shared/fixtures/math-reference.json', import.meta.url), 'utf8'),
) as Fixture;
const { abs: ABS, rel: REL } = fixture.tolerance;

const vec = (x: unknown) => x as Vector;
const mat = (x: unknown) => x as Matrix;
const num = (x: unknown) => x as number;

/** How each fixture fn is called; a fixture fn missing here fails its case. */
const implementations: Record<string, (args: unknown[]) => unknown> = {
  dot: ([a, b]) => math.dot(vec(a), vec(b)),
  norm: ([a, p]) => (p === undefined ? math.norm(vec(a)) : math.norm(vec(a), num(p))),
  cosineSimilarity: ([a, b]) => math.cosineSimilarity(vec(a), vec(b)),
  matmul: ([A, B]) => math.matmul(mat(A), mat(B)),
  matvec: ([A, x]) => math.matvec(mat(A), vec(x)),
  transpose: ([A]) => math.transpose(mat(A)),
  determinant: ([A]) => math.determinant(mat(A)),
  softmax: ([z, t]) => math.softmax(vec(z), t === undefined ? undefined : num(t)),
  logSoftmax: ([z, t]) => math.logSoftmax(vec(z), t === undefined ? undefined : num(t)),
  sigmoid: ([x]) => (Array.isArray(x) ? math.sigmoid(vec(x)) : math.sigmoid(num(x))),
  entropy: ([p]) => math.entropy(vec(p)),
  crossEntropy: ([t, q, eps]) =>
    math.crossEntropy(
      typeof t === 'number' ? t : vec(t),
      vec(q),
      eps === undefined ? undefined : num(eps),
    ),
  klDivergence: ([p, q]) => math.klDivergence(vec(p), vec(q)),
  perplexity: ([h]) => math.perplexity(num(h)),
  scaledDotProductAttention: ([Q, K, V, options]) =>
    math.scaledDotProductAttention(mat(Q), mat(K), mat(V), options as math.AttentionOptions),
  mean: ([xs]) => math.mean(vec(xs)),
  variance: ([xs]) => math.variance(vec(xs)),
  std: ([xs]) => math.std(vec(xs)),
  median: ([xs]) => math.median(vec(xs)),
  quantile: ([xs, q]) => math.quantile(vec(xs), num(q)),
  tInterval: ([xs, c]) => math.tInterval(vec(xs), num(c)),
  twoProportionZTest: ([k1, n1, k2, n2]) =>
    math.twoProportionZTest(num(k1), num(n1), num(k2), num(n2)),
  normalCdf: ([x, m, s]) => math.normalCdf(num(x), num(m), num(s)),
  binomialTail: ([n, p, k]) => math.binomialTail(num(n), num(p), num(k)),
};

/** Compares actual against expected recursively; returns the path of the first mismatch. */
function mismatch(actual: unknown, expected: unknown, path = ''): string | null {
  if (expected === 'Infinity') expected = Infinity;
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return `${path}: expected a number, got ${typeof actual}`;
    if (!Number.isFinite(expected))
      return actual === expected ? null : `${path}: ${actual} ≠ ${expected}`;
    const tol = Math.max(ABS, REL * Math.abs(expected));
    return Math.abs(actual - expected) <= tol
      ? null
      : `${path}: ${actual} ≠ ${expected} (tol ${tol})`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${path}: expected an array of ${expected.length}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return `${path}: expected an object`;
    for (const [key, value] of Object.entries(expected)) {
      const m = mismatch((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
      if (m) return m;
    }
    return null;
  }
  return `${path}: unsupported expected value ${JSON.stringify(expected)}`;
}

describe('math-reference.json fixture', () => {
  it('has cases for every implemented fn and nothing unimplemented', () => {
    expect(fixture.cases.length).toBeGreaterThan(100);
    const fns = new Set(fixture.cases.map((c) => c.fn));
    expect([...fns].filter((fn) => !(fn in implementations))).toEqual([]);
    expect(Object.keys(implementations).filter((fn) => !fns.has(fn))).toEqual([]);
  });

  it.each(fixture.cases.map((c, i) => [i, c.fn, c] as const))(
    'case %i: %s(...) matches NumPy/SciPy to 1e-9',
    (i, fn, c) => {
      const impl = implementations[fn];
      if (!impl) expect.fail(`case ${i}: no implementation for fixture fn '${fn}'`);
      const problem = mismatch(impl(c.args), c.expected, `case ${i} ${fn}`);
      expect(problem, `case ${i} (${fn})`).toBeNull();
    },
  );
});

describe('regression gradient descent (the running example)', () => {
  const { x, y, w0, runs, bestW, criticalLearningRate } = fixture.regressionGradientDescent;
  const n = x.length;
  const loss = ([w]: readonly number[]) =>
    x.reduce((s, xi, i) => s + (w! * xi - y[i]!) ** 2, 0) / n;
  const grad = ([w]: readonly number[]) => [
    (2 / n) * x.reduce((s, xi, i) => s + (w! * xi - y[i]!) * xi, 0),
  ];

  it.each(runs)(
    'gradientDescent(η = $learningRate, $steps steps) ends at the reference w and loss',
    ({ learningRate, steps, w, loss: expectedLoss }) => {
      const run = math.gradientDescent({ loss, grad, x0: [w0], learningRate, steps });
      expect(run.path).toHaveLength(steps + 1);
      const last = run.path[steps]!;
      expect(Math.abs(last.x[0]! - w)).toBeLessThanOrEqual(1e-9 * Math.abs(w));
      expect(Math.abs(last.loss - expectedLoss)).toBeLessThanOrEqual(1e-9 * Math.abs(expectedLoss));
    },
  );

  it('criticalLearningRate(2·mean(x²)) = 2/22 and the closed-form best w is 2.003636', () => {
    const curvature = (2 / n) * x.reduce((s, xi) => s + xi * xi, 0);
    expect(math.criticalLearningRate(curvature)).toBeCloseTo(criticalLearningRate, 15);
    const sxy = x.reduce((s, xi, i) => s + xi * y[i]!, 0);
    const sxx = x.reduce((s, xi) => s + xi * xi, 0);
    expect(sxy / sxx).toBeCloseTo(bestW, 14);
  });
});
