// Known mistakes: when a wrong answer equals what one of these gives on the same numbers, the
// checker names it, because "you used log₂" teaches more than "wrong".

export const mistakes = {
  'log-base-2': {
    name: 'base-2 log instead of the natural log',
    explain: 'You used log₂. Losses in ML use the natural log (nats); bits are nats ÷ ln 2.',
  },
  'kl-swapped': {
    name: 'KL arguments swapped',
    explain: 'You computed KL(Q‖P). KL is not symmetric: KL(P‖Q) = Σ P log(P/Q) weights by P.',
  },
  'no-temperature': {
    name: 'softmax without temperature',
    explain: 'You left out the temperature: divide every logit by T before the softmax.',
  },
  'no-sqrt-dk': {
    name: 'forgot √dₖ',
    explain: 'You forgot to divide the scores Q·Kᵀ by √dₖ before the softmax.',
  },
  'divide-by-n': {
    name: 'divided by n instead of n − 1',
    explain:
      'You divided by n. The sample standard deviation divides by n − 1, because the mean ' +
      'was estimated from the same numbers.',
  },
  'gradient-sign': {
    name: "the gradient's sign",
    explain:
      'Your sign is flipped. The gradient points uphill; descent subtracts it: w − η·∇L. ' +
      'For cross-entropy the gradient with respect to the logits is p − y, not y − p.',
  },
  'inner-derivative': {
    name: 'forgot the inner derivative',
    explain: 'You dropped the inner derivative: the chain rule multiplies by du/dx too.',
  },
  'dropped-activation': {
    name: "skipped the activation's derivative",
    explain:
      'You skipped ∂a/∂z = σ(z)(1 − σ(z)). Every edge of the graph contributes its local ' +
      'derivative to the product.',
  },
  'row-column': {
    name: 'columns instead of rows',
    explain: 'You used a column of the matrix. Output i is the dot product of row i with x.',
  },
  'likelihood-for-posterior': {
    name: 'P(D | H) mistaken for P(H | D)',
    explain:
      'You gave the likelihood P(D | H). The posterior also weighs in the prior and how common ' +
      'the evidence is overall: P(H | D) = P(D | H)·P(H) / P(D).',
  },
  'unweighted-mean': {
    name: 'unweighted average',
    explain: 'You averaged the values. An expectation weights each value by its probability.',
  },
  'dot-not-cosine': {
    name: 'dot product instead of cosine',
    explain: 'You gave the dot product. Cosine divides it by both lengths: a·b / (|a|·|b|).',
  },
  'critical-one-over-c': {
    name: 'limit 1/c instead of 2/c',
    explain:
      'Between 1/curvature and 2/curvature each step overshoots the minimum but by less than ' +
      'before, so descent oscillates and still converges. It diverges only above 2/curvature.',
  },
  'shape-order': {
    name: 'the shape rule',
    explain: '(m×n) @ (n×p) = (m×p): the inner sizes must match and the outer ones remain.',
  },
} as const;

export type MistakeId = keyof typeof mistakes;
