// Every number a lesson prints, with the math-core call that must produce it. One file per lesson
// in this folder (named after the lesson's slug) exports `claims`. The claims test checks each
// quote is in the lesson verbatim and that the math core, rounded to the digits shown, gives
// exactly the number in the quote. A number with four or more decimals in a lesson that no claim
// covers fails the test too, so a typed-in number cannot slip through.

export interface Claim {
  /** Text that appears verbatim in the lesson source. */
  quote: string;
  /** The number as printed inside the quote. */
  shown: string;
  /** What the math core computes for it. */
  value: number;
}

/** A claim: `quote` appears in the lesson, `shown` appears in the quote, `value` rounds to it. */
export function c(quote: string, shown: string, value: number): Claim {
  return { quote, shown, value };
}
