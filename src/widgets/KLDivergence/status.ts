// KLDivergence's status sentence and the words that replace infinite numbers.
import { formatFixed, formatShort } from '../../ui/format';
import type { Direction, KLView } from './model';

/** A divergence or cross-entropy as text: four decimals, or the word "infinite". */
export const nats = (x: number | null) => (x === null ? 'infinite' : formatFixed(x, 4));

/** Why KL(first‖second) is infinite, in words: second calls impossible what first does. */
export function whyInfinite(view: KLView, d: Direction, first: 'P' | 'Q'): string {
  const second = first === 'P' ? 'Q' : 'P';
  const row = d.blocker === null ? undefined : view.rows[d.blocker];
  const where = row
    ? ` (outcome ${row.label}: ${first} = ${formatShort(first === 'P' ? row.p : row.q, 4)}, ${second} = 0)`
    : '';
  return `infinite: ${second} says impossible for something ${first} does${where}`;
}

export function describe(view: KLView): string {
  if (view.equal) {
    return `P and Q are the same distribution, so KL(P‖Q) = KL(Q‖P) = 0 and H(P, Q) = H(P) = ${formatFixed(view.hP, 4)} nats.`;
  }
  const pq =
    view.pq.kl === null ? whyInfinite(view, view.pq, 'P') : `${formatFixed(view.pq.kl, 4)} nats`;
  const qp =
    view.qp.kl === null ? whyInfinite(view, view.qp, 'Q') : `${formatFixed(view.qp.kl, 4)} nats`;
  const asymmetry =
    view.pq.kl !== null && view.qp.kl !== null && Math.abs(view.pq.kl - view.qp.kl) > 5e-5
      ? ' The two directions differ: KL is not symmetric.'
      : '';
  const identity =
    view.pq.cross === null
      ? ' H(P, Q) is infinite too, since H(P, Q) = H(P) + KL(P‖Q).'
      : ` H(P, Q) = ${formatFixed(view.pq.cross, 4)} = H(P) ${formatFixed(view.hP, 4)} + KL(P‖Q) ${nats(view.pq.kl)}.`;
  return `KL(P‖Q) is ${pq}; KL(Q‖P) is ${qp}.${asymmetry}${identity}`;
}
