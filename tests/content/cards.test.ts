// Every card in content/cards: valid, unique ids, enough cards of the right mix per lesson,
// KaTeX clean (each problem names the file and the card), and every authored numeric answer
// equal to the math core. The checker itself is tested on broken cards below.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllLessons } from '../../build/lesson-source';
import {
  bayesRule,
  binomialTail,
  cosineSimilarity,
  criticalLearningRate,
  crossEntropy,
  dot,
  eigenSymmetric,
  entropy,
  gradientDescent,
  matvec,
  mean,
  norm,
  normalCdf,
  numericalGradient,
  perplexity,
  scaledDotProductAttention,
  sigmoid,
  softmax,
  std,
  tInterval,
  twoProportionZTest,
} from '../../src/math';
import { readAllCards, renderCard } from '../../src/cards/source/readCards';
import { syllabusSlugs } from '../../src/cards/source/schema';

const lessonFiles = readAllLessons();
const entries = readAllCards(
  undefined,
  lessonFiles.map((l) => l.meta.slug),
);

const x5 = [1, 2, 3, 4, 5];
const y5 = [2.1, 3.9, 6.2, 7.8, 10.1];
const scores = [0.85, 0.88, 0.82, 0.9, 0.87];
const W = [
  [1, -1, 0],
  [0, 2, 1],
  [1, 0, -1],
];
const I2 = [
  [1, 0],
  [0, 1],
];
const sigmoidSlope0 = sigmoid(0) * (1 - sigmoid(0));

/** Every authored numeric answer, computed by the core. */
const coreAnswers: Record<string, () => number> = {
  'vectors/l2-worked': () => norm([2.5, -1.3, 0.8]),
  'vectors/cosine-worked': () => cosineSimilarity([1, 2, 3], [1, 0, 1]),
  'vectors/search-postgres': () => cosineSimilarity([0.8, 0.2, 0], [0.9, 0.1, 0]),
  'matrices/explained-variance': () => {
    const { values } = eigenSymmetric([
      [2, 1],
      [1, 2],
    ]);
    return (values[0] ?? NaN) / values.reduce((s, v) => s + v, 0);
  },
  'matrices/matvec-worked': () =>
    matvec(
      [
        [1, 0],
        [2, 3],
        [0, 1],
      ],
      [1, 2],
    )[1] ?? NaN,
  'gradient-descent/critical-worked': () => criticalLearningRate(2 * mean(x5.map((v) => v * v))),
  'gradient-descent/best-w': () => dot(x5, y5) / dot(x5, x5),
  'gradient-descent/step-worked': () =>
    gradientDescent({
      loss: ([v = 0]) => v * v,
      grad: ([v = 0]) => [2 * v],
      x0: [3],
      learningRate: 0.1,
      steps: 1,
    }).path[1]?.x[0] ?? NaN,
  'backprop/chain-worked': () => numericalGradient(([v = 0]) => (3 * v + 1) ** 2, [1])[0] ?? NaN,
  'backprop/sigmoid-slope': () => sigmoidSlope0,
  'backprop/ten-sigmoids': () => sigmoidSlope0 ** 10,
  'probability/spam-posterior': () => bayesRule(0.2, 0.8, 0.05).posterior,
  'probability/normal-tail': () => 1 - normalCdf(130, 100, 15),
  'probability/coin-sixty': () => binomialTail(100, 0.5, 60),
  'softmax/worked-entry': () => softmax([1, 3, 1])[1] ?? NaN,
  'softmax/sigmoid': () => sigmoid(2),
  'softmax/entropy': () => entropy(softmax([2, 1, 0.1])),
  'cross-entropy/perplexity': () => perplexity(crossEntropy(1, softmax([1, 3, 1]))),
  'cross-entropy/uniform-perplexity': () =>
    perplexity(crossEntropy(0, new Array<number>(50000).fill(1 / 50000))),
  'cross-entropy/worked': () => crossEntropy(0, [0.7, 0.3]),
  'attention/worked-weight': () =>
    scaledDotProductAttention(I2, I2, [
      [1, 2],
      [3, 4],
    ]).weights[0]?.[0] ?? NaN,
  'attention/worked-output': () =>
    scaledDotProductAttention(I2, I2, [
      [1, 2],
      [3, 4],
    ]).output[0]?.[0] ?? NaN,
  'statistics/std-worked': () => std(scores),
  'statistics/ci-lower': () => tInterval(scores)[0],
  'statistics/z-test-worked': () => twoProportionZTest(850, 1000, 870, 1000).pValue,
  'end-to-end/worked-ce': () => crossEntropy(1, softmax(matvec(W, [2, 1, 1]))),
  'end-to-end/worked-gradient': () => (softmax(matvec(W, [2, 1, 1]))[1] ?? NaN) - 1,
};

/** The interview-style questions the issue asked for. */
const interviewCards = [
  'matrices/layer-matmul',
  'gradient-descent/explain-gd',
  'probability/naive-bayes',
  'statistics/population-sample',
  'attention/linear-algebra',
];

describe('content/cards', () => {
  it('every card is valid and every id unique', () => {
    const ids = entries.map((e) => e.card.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) expect(e.card.id.startsWith(`${e.lesson}/`)).toBe(true);
  });

  it.each(syllabusSlugs)('%s has ≥ 8 cards: ≥ 2 generated, ≥ 2 choice or numeric', (slug) => {
    const cards = entries.filter((e) => e.lesson === slug).map((e) => e.card);
    expect(cards.length).toBeGreaterThanOrEqual(8);
    expect(cards.filter((c) => c.type === 'generated').length).toBeGreaterThanOrEqual(2);
    expect(
      cards.filter((c) => c.type === 'choice' || c.type === 'numeric').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('renders every markdown field with no KaTeX error and no raw HTML', () => {
    const problems = entries.flatMap((e) => renderCard(e).problems);
    expect(problems).toEqual([]);
  });

  it('every numeric answer equals the math core within its tolerance', () => {
    const numeric = entries.flatMap((e) => (e.card.type === 'numeric' ? [e.card] : []));
    expect(Object.keys(coreAnswers).sort()).toEqual(numeric.map((c) => c.id).sort());
    for (const card of numeric) {
      const core = coreAnswers[card.id]?.() ?? NaN;
      expect(
        Math.abs(card.answer - core),
        `${card.id}: authored ${card.answer}, core ${core}`,
      ).toBeLessThanOrEqual(card.tolerance);
    }
  });

  it('has the interview-style questions', () => {
    const ids = new Set(entries.map((e) => e.card.id));
    for (const id of interviewCards) expect(ids.has(id), id).toBe(true);
  });

  it('every lesson file ends with its own Check yourself before the recap', () => {
    for (const { file, meta, body } of lessonFiles) {
      const at = body.indexOf(`<CheckYourself lesson="${meta.slug}" />`);
      expect(at, `${file} has no <CheckYourself lesson="${meta.slug}" />`).toBeGreaterThan(-1);
      expect(at, file).toBeLessThan(body.indexOf('<Recap>'));
    }
  });
});

describe('the card checker itself', () => {
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cards-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const recall = (id: string, prompt = 'What is $x$?') =>
    `  - id: ${id}\n    type: recall\n    title: A title\n    prompt: '${prompt}'\n    answer: An answer.\n    explanation: Because.\n`;

  it('reports a KaTeX error with the file, the card id and the field', () => {
    const dir = dirWith({
      'vectors.yaml': `lesson: vectors\ncards:\n${recall('vectors/bad', 'Broken $\\frac{1}{$')}`,
    });
    const [entry] = readAllCards(dir);
    expect(renderCard(entry!).problems[0]).toMatch(
      /^vectors\.yaml: vectors\/bad: prompt: rehype-katex: .*KaTeX parse error/,
    );
  });

  it('reports a strict-mode KaTeX warning and raw HTML', () => {
    const dir = dirWith({
      'vectors.yaml': `lesson: vectors\ncards:\n${recall('vectors/strict', 'Unicode $é$ and <b>bold</b>')}`,
    });
    const problems = renderCard(readAllCards(dir)[0]!).problems.join('\n');
    expect(problems).toMatch(/vectors\/strict: prompt: .*strict/);
    expect(problems).toMatch(/raw HTML "<b>"/);
  });

  it('rejects duplicate ids, unknown lessons, unknown generators and misnamed files', () => {
    const dup = dirWith({
      'vectors.yaml': `lesson: vectors\ncards:\n${recall('vectors/one')}`,
      'matrices.yaml': `lesson: matrices\ncards:\n${recall('matrices/one')}${recall('matrices/one')}`,
    });
    expect(() => readAllCards(dup)).toThrow(/matrices\/one: the id is already used/);
    expect(() =>
      readAllCards(dirWith({ 'poetry.yaml': `lesson: poetry\ncards:\n${recall('poetry/one')}` })),
    ).toThrow(/"poetry" is not a lesson/);
    const generated = `lesson: vectors\ncards:\n  - id: vectors/gen\n    type: generated\n    generator: no-such\n    title: A title\n    explanation: Because.\n`;
    expect(() => readAllCards(dirWith({ 'vectors.yaml': generated }))).toThrow(
      /vectors\/gen: cards\.0\.generator: unknown generator/,
    );
    expect(() =>
      readAllCards(dirWith({ 'other.yaml': `lesson: vectors\ncards:\n${recall('vectors/one')}` })),
    ).toThrow(/named vectors\.yaml/);
  });

  it('rejects a choice whose answer index is out of range', () => {
    const choice = `lesson: vectors\ncards:\n  - id: vectors/c\n    type: choice\n    title: A title\n    prompt: Pick.\n    options: [a, b]\n    correct: 2\n    explanation: Because.\n`;
    expect(() => readAllCards(dirWith({ 'vectors.yaml': choice }))).toThrow(
      /vectors\/c: cards\.0\.correct/,
    );
  });
});
