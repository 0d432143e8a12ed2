// The widget's status sentence: what the temperature did, what the filters kept and what the
// draws gave, in words, with every number computed by the model.
import { formatSignificant } from '../../ui/format';
import type { SoftmaxView, TokenView } from './model';

/** Tokens named one by one in a sentence; the rest are counted. */
const LISTED = 5;

const p3 = (x: number) => x.toFixed(3);
const h2 = (x: number) => x.toFixed(2);

/** "a", "a and b", "a, b and c" */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function listed(indices: readonly number[], text: (i: number) => string): string {
  const head = indices.slice(0, LISTED).map(text).join(', ');
  const rest = indices.length - LISTED;
  return rest > 0 ? `${head} and ${rest} more` : head;
}

function temperatureClause(view: Omit<SoftmaxView, 'status'>): string {
  const { t, tokens, readout, readout1 } = view;
  const T = `T = ${formatSignificant(t, 3)}`;
  const first = tokens[view.order[0] ?? 0];
  const uniform = tokens.every((token) => token.logit === tokens[0]?.logit);
  if (uniform) return 'All logits are equal, so every temperature gives the uniform distribution';
  if (t === 1) return `At ${T} (plain softmax)`;
  if (Math.abs(readout.entropyNats - readout1.entropyNats) < 0.005) {
    return `At ${T} the distribution is practically the same as at T = 1, because the logits are far apart compared with either temperature`;
  }
  if (t < 1 && readout.maxP >= 0.9995 && first) {
    return `At ${T} nearly all the probability sits on ${first.label}: as T → 0 softmax becomes argmax`;
  }
  return `At ${T} the distribution is ${t > 1 ? 'flatter' : 'sharper'} than at T = 1`;
}

function filterClause(view: Omit<SoftmaxView, 'status'>): string {
  const { filter, tokens } = view;
  if (!filter) return '';
  const names = [
    filter.k === null ? null : `top-k = ${filter.k}`,
    filter.p === null ? null : `top-p = ${formatSignificant(filter.p, 3)}`,
  ].filter((x) => x !== null);
  const name = names.join(' with ');
  const subject = name.charAt(0).toUpperCase() + name.slice(1);
  if (filter.kept.length === tokens.length) return ` ${subject} keeps all ${tokens.length} tokens.`;
  if (!tokens.some((t) => t.dropped)) {
    return ` ${subject} drops nothing: the tokens it would drop already have probability 0 in double precision.`;
  }
  const token = (i: number): TokenView | undefined => tokens[i];
  const mass = `(${p3(filter.keptMass)} of the probability)`;
  if (filter.kept.length > LISTED) {
    return ` ${subject} keeps the ${filter.kept.length} most probable tokens ${mass} and renormalises them to sum to 1.`;
  }
  const labels = filter.kept.map((i) => token(i)?.label ?? '');
  const values = filter.kept.map((i) => p3(token(i)?.q ?? 0));
  const only = filter.kept.length === 1 ? 'only ' : '';
  return ` ${subject} keeps ${only}${andList(labels)} ${mass}, renormalised to ${andList(values)}.`;
}

function samplingClause(view: Omit<SoftmaxView, 'status'>): string {
  if (view.draws === 0) return '';
  // only tokens that can be drawn: not dropped and not underflowed to probability 0
  const kept = view.order.filter((i) => (view.tokens[i]?.q ?? 0) > 0);
  const counts = listed(
    kept,
    (i) => `${view.tokens[i]?.label ?? ''} ${view.tokens[i]?.count ?? 0}`,
  );
  return ` ${view.draws} draws with seed ${view.seed}: ${counts}.`;
}

export function describe(view: Omit<SoftmaxView, 'status'>): string {
  const probabilities = listed(
    view.order,
    (i) => `${view.tokens[i]?.label ?? ''} ${p3(view.tokens[i]?.p ?? 0)}`,
  );
  const { entropyNats, entropyBits } = view.readout;
  return (
    `${temperatureClause(view)}: ${probabilities}; entropy ${h2(entropyNats)} nats ` +
    `(${h2(entropyBits)} bits).${filterClause(view)}${samplingClause(view)}`
  );
}
