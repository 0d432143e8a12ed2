// Every number a lesson prints, with the math-core call that must produce it. The claims test
// checks each quote is in the lesson verbatim and that the math core, rounded to the digits
// shown, gives exactly the number in the quote. A lesson number with four or more significant
// decimals that no claim covers fails the test too, so a typed-in number cannot slip through.
import { cosineSimilarity, dot, norm } from '../../src/math/vector';

export interface Claim {
  /** Text that appears verbatim in the lesson source. */
  quote: string;
  /** The number as printed inside the quote. */
  shown: string;
  /** What the math core computes for it. */
  value: number;
}

const c = (quote: string, shown: string, value: number): Claim => ({ quote, shown, value });

export const claimsByLesson: Record<string, Claim[]> = {
  vectors: [
    c(
      '[1, 2, 3] \\cdot [1, 0, 1] = 1 \\cdot 1 + 2 \\cdot 0 + 3 \\cdot 1 = 4',
      '4',
      dot([1, 2, 3], [1, 0, 1]),
    ),
    c('[2, 1, 0] \\cdot [3, 1, 4] = 6 + 1 + 0 = 7', '7', dot([2, 1, 0], [3, 1, 4])),
    c('[1, 2, 3] \\cdot [2, 0, 1] = 2 + 0 + 3 = 5', '5', dot([1, 2, 3], [2, 0, 1])),
    c('\\sqrt{8.58} = 2.9292', '2.9292', norm([2.5, -1.3, 0.8])),
    c('\\sqrt{6.25 + 1.69 + 0.64} = \\sqrt{8.58}', '8.58', dot([2.5, -1.3, 0.8], [2.5, -1.3, 0.8])),
    c('2.5 + 1.3 + 0.8 = 4.6', '4.6', norm([2.5, -1.3, 0.8], 1)),
    c('\\sqrt{2}} = 0.7559', '0.7559', cosineSimilarity([1, 2, 3], [1, 0, 1])),
    c('\\cos([1, 2, 0], [2, 4, 0]) = 1', '1', cosineSimilarity([1, 2, 0], [2, 4, 0])),
    c('\\cos([1, 2, 0], [0, 0, 3]) = 0', '0', cosineSimilarity([1, 2, 0], [0, 0, 3])),
    c('$[0.9, 0.1, 0]$ | 0.9910', '0.9910', cosineSimilarity([0.8, 0.2, 0], [0.9, 0.1, 0])),
    c('$[0.1, 0.8, 0.1]$ | 0.3582', '0.3582', cosineSimilarity([0.8, 0.2, 0], [0.1, 0.8, 0.1])),
    c('$[0, 0.2, 0.9]$ | 0.0526', '0.0526', cosineSimilarity([0.8, 0.2, 0], [0, 0.2, 0.9])),
    c('0.06 + 0.56 + 0.02 = 0.64', '0.64', dot([0.2, 0.8, 0.1], [0.3, 0.7, 0.2])),
    c('their cosine is 0.9785', '0.9785', cosineSimilarity([0.2, 0.8, 0.1], [0.3, 0.7, 0.2])),
    c('0.5 means the arrows are 60° apart', '60', (Math.acos(0.5) * 180) / Math.PI),
    c('[1, 2, 0] \\cdot [0, 0, 3] = 0', '0', dot([1, 2, 0], [0, 0, 3])),
  ],
};
