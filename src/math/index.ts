// The math core's public API. Everything is a pure function on plain arrays; bad input throws
// MathInputError with a message meant for the learner.
export { MathInputError } from './errors';
export type { Matrix, Vector } from './check';
export { add, angle, cosineSimilarity, dot, norm, project, scale, sub } from './vector';
export { determinant, matmul, matvec, shapeOf, transpose } from './matrix';
export { eigenSymmetric } from './eigen';
export type { EigenDecomposition } from './eigen';
export { logSoftmax, sigmoid, softmax, topK, topP } from './probability';
export { crossEntropy, entropy, klDivergence, perplexity } from './information';
export { scaledDotProductAttention } from './attention';
export type { AttentionOptions, AttentionResult } from './attention';
export {
  criticalLearningRate,
  gradientDescent,
  gradientDescentTrace,
  numericalGradient,
} from './optimize';
export type {
  DescentPoint,
  DescentRecord,
  DescentStatus,
  GradientDescentOptions,
  GradientDescentResult,
  GradientDescentTrace,
} from './optimize';
export { mean, median, quantile, std, variance } from './stats';
export { binomialTail, bootstrapCI, tInterval, twoProportionZTest } from './inference';
export { mcnemarTest, proportionDifferenceInterval, sampleBinomial } from './proportions';
export { bayesRule } from './bayes';
export type { BayesResult } from './bayes';
export type { BootstrapOptions } from './inference';
export { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions';
export { erf, erfc, logBeta, logGamma, regularizedIncompleteBeta } from './special';
export { createRng, sampleCategorical } from './random';
export type { Rng } from './random';
