// Every generator's answer against an independent computation with the math core, for 1,000
// seeds each (a different route where one exists: log-softmax instead of softmax + log, KL as
// cross-entropy minus entropy, central differences for hand-derived derivatives).
import { describe, expect, it } from 'vitest';
import {
  cosineSimilarity,
  createRng,
  crossEntropy,
  determinant,
  dot,
  entropy,
  gradientDescent,
  logSoftmax,
  matmul,
  matvec,
  numericalGradient,
  sigmoid,
  softmax,
  std,
  topK,
  transpose,
  twoProportionZTest,
  variance,
} from '../../math';
import { attentionOutput, attentionWeight } from './attention';
import { chainSquare, neuronGrad } from './backprop';
import { ceFromProbability, klPair } from './crossEntropy';
import { forwardPass, logitsGradient } from './endToEnd';
import { gdStable, gdStep } from './gradientDescent';
import { det2, matmulShape, matvec2 } from './matrices';
import { bayes, expectation } from './probability';
import { softmaxEntry, softmaxTemperature, topKSurvivor } from './softmax';
import { sampleStd, significance } from './statistics';
import type { Exercise, Generator } from './types';
import { cosine, dot3 } from './vectors';

const SEEDS = 1000;

/** Runs `check` on the params and exercise of 1,000 seeds. */
function forSeeds<P>(g: Generator<P>, check: (p: P, e: Exercise, seed: number) => void) {
  for (let seed = 0; seed < SEEDS; seed++) {
    const p = g.params(createRng(seed));
    check(p, g.exercise(p), seed);
  }
}

/** The numeric answer, within 1e-9 of `reference`. */
function numericEquals<P>(g: Generator<P>, reference: (p: P) => number) {
  forSeeds(g, (p, e, seed) => {
    if (e.answer.kind !== 'numeric') throw new Error(`${g.name} is not numeric`);
    expect(Math.abs(e.answer.expected - reference(p)), `seed ${seed}`).toBeLessThan(1e-9);
  });
}

/** The option marked correct is the one `reference` picks. */
function choiceEquals<P>(g: Generator<P>, reference: (p: P, options: readonly string[]) => number) {
  forSeeds(g, (p, e, seed) => {
    if (e.answer.kind !== 'choice') throw new Error(`${g.name} is not a choice`);
    expect(e.answer.correct, `seed ${seed}`).toBe(reference(p, e.answer.options));
  });
}

const at = (M: number[][], i: number, j: number) => M[i]?.[j] ?? NaN;

describe('generated answers equal the math core (1,000 seeds each)', () => {
  it('vectors', () => {
    numericEquals(dot3, ({ a, b }) => a.reduce((s, x, i) => s + x * (b[i] ?? NaN), 0));
    numericEquals(cosine, ({ a, b }) => cosineSimilarity(a, b));
    forSeeds(cosine, ({ a, b }) => expect(dot(a, b)).toBe(Math.round(dot(a, b))));
  });

  it('matrices', () => {
    numericEquals(matvec2, ({ A, x, row }) => matvec(A, x)[row] ?? NaN);
    numericEquals(det2, ({ A }) => at(A, 0, 0) * at(A, 1, 1) - at(A, 0, 1) * at(A, 1, 0));
    forSeeds(det2, ({ A }, e) => {
      if (e.answer.kind === 'numeric') expect(e.answer.expected).toBeCloseTo(determinant(A), 9);
    });
    choiceEquals(matmulShape, ({ m, n, p, q }, options) => {
      let shape: string;
      try {
        // small enough to multiply for real: the core's own shape
        const out = m * n * q <= 20000 ? matmul(zeros(m, n), zeros(p, q)) : null;
        if (n !== p) throw new Error('mismatch');
        shape = `(${out ? out.length : m}×${out ? (out[0]?.length ?? 0) : q})`;
      } catch {
        shape = 'They cannot be multiplied';
      }
      return options.indexOf(shape);
    });
  });

  it('gradient descent', () => {
    numericEquals(gdStep, ({ a, c, w0, eta }) => w0 - eta * 2 * a * (w0 - c));
    choiceEquals(gdStable, ({ curvature, eta }) => {
      // watch the core run on L(w) = c·w²/2 from w = 1: shrinking? alternating in sign?
      const run = gradientDescent({
        loss: ([w = 0]) => (curvature * w * w) / 2,
        grad: ([w = 0]) => [curvature * w],
        x0: [1],
        learningRate: eta,
        steps: 20,
      });
      const w1 = run.path[1]?.x[0] ?? NaN;
      const last = Math.abs(run.path[run.path.length - 1]?.x[0] ?? Infinity);
      if (!(last < 1)) return 2;
      return w1 < 0 ? 1 : 0;
    });
  });

  it('backprop', () => {
    forSeeds(chainSquare, ({ a, b, x }, e) => {
      const [g = NaN] = numericalGradient(([t = 0]) => (a * t + b) ** 2, [x]);
      if (e.answer.kind === 'numeric') expect(e.answer.expected).toBeCloseTo(g, 5);
    });
    forSeeds(neuronGrad, ({ w, b, x, y }, e) => {
      const loss = ([v = 0]: readonly number[]) => (sigmoid(v * x + b) - y) ** 2;
      const [g = NaN] = numericalGradient(loss, [w]);
      if (e.answer.kind === 'numeric') expect(e.answer.expected).toBeCloseTo(g, 7);
    });
  });

  it('probability', () => {
    // Bayes as normalisation: softmax of log joint probabilities
    numericEquals(bayes, ({ prior, likelihood, falseAlarm }) => {
      return softmax([Math.log(likelihood * prior), Math.log(falseAlarm * (1 - prior))])[0] ?? NaN;
    });
    numericEquals(expectation, ({ values, probs }) =>
      values.reduce((s, v, i) => s + v * (probs[i] ?? NaN), 0),
    );
    forSeeds(expectation, ({ probs }) =>
      expect(probs.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12),
    );
  });

  it('softmax', () => {
    numericEquals(softmaxEntry, ({ z, index }) => Math.exp(logSoftmax(z)[index] ?? NaN));
    numericEquals(softmaxTemperature, ({ z, index, temperature }) =>
      Math.exp(logSoftmax(z.map((v) => v / temperature))[index] ?? NaN),
    );
    choiceEquals(topKSurvivor, ({ z, k, offered, tokens }, options) => {
      const kept = topK(softmax(z), k);
      return options.findIndex(
        (o, i) => o === `"${tokens[offered[i] ?? -1] ?? ''}"` && (kept[offered[i] ?? -1] ?? 0) > 0,
      );
    });
  });

  it('cross-entropy', () => {
    numericEquals(ceFromProbability, ({ q }) => -Math.log(q));
    numericEquals(klPair, ({ p, q }) => crossEntropy(p, q) - entropy(p));
  });

  it('attention', () => {
    const weights = ({ Q, K }: { Q: number[][]; K: number[][] }) =>
      matmul(Q, transpose(K)).map((row) => softmax(row.map((s) => s / Math.SQRT2)));
    numericEquals(attentionWeight, (p) => at(weights(p), p.row, p.col));
    numericEquals(attentionOutput, (p) => at(matmul(weights(p), p.V), p.row, p.col));
  });

  it('statistics', () => {
    numericEquals(sampleStd, ({ xs }) => Math.sqrt(variance(xs)));
    forSeeds(sampleStd, ({ xs }, e) => {
      if (e.answer.kind === 'numeric') expect(e.answer.expected).toBe(std(xs));
    });
    choiceEquals(significance, ({ accA, accB, n }) => {
      const { pValue } = twoProportionZTest(
        Math.round((accA * n) / 100),
        n,
        Math.round((accB * n) / 100),
        n,
      );
      return pValue < 0.05 ? 0 : 1;
    });
  });

  it('end to end', () => {
    numericEquals(forwardPass, ({ W, x, target }) => -(logSoftmax(matvec(W, x))[target] ?? NaN));
    forSeeds(logitsGradient, ({ z, target, index }, e) => {
      const g = numericalGradient((v) => -(logSoftmax(v)[target] ?? NaN), z);
      if (e.answer.kind === 'numeric') expect(e.answer.expected).toBeCloseTo(g[index] ?? NaN, 7);
    });
  });
});

function zeros(r: number, c: number): number[][] {
  return Array.from({ length: r }, () => new Array<number>(c).fill(0));
}
