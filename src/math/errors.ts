/**
 * Thrown for input the maths cannot accept: a shape mismatch, an empty vector, NaN where a number
 * is required, probabilities that do not sum to 1. The message names the function, the offending
 * argument and, where there is one, the likely fix — widgets show it to the learner verbatim.
 */
export class MathInputError extends Error {
  override readonly name = 'MathInputError';
}
