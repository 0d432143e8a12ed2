// The widget's status sentence: the forward values, the current backward step, and at the end the
// gradient with its numeric check, in words.
import { formatShort, formatSignificant } from '../../ui/format';
import { CHECK_TEXT, H_TEXT } from './check';
import type { CheckRow, Verdict } from './check';
import type { BackwardStep, Inputs } from './graphs';
import type { GraphView } from './model';

const superscripts: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '−': '⁻',
}; // prettier-ignore

/** "1.6 × 10^−11" → "1.6 × 10⁻¹¹": reads as a power in a sentence and in a table cell. */
export const superscriptPowers = (text: string) =>
  text.replace(/\^([−\d]+)/g, (_, power: string) =>
    power.replace(/[−\d]/g, (ch) => superscripts[ch] ?? ch),
  );

/** 4 decimals, or 3 significant digits for a vanishing gradient that would round to 0. */
export const num = (x: number) =>
  x === 0 || Math.abs(x) >= 1e-4 ? formatShort(x, 4) : superscriptPowers(formatSignificant(x, 3));
/** Negative factors in brackets: "1 × (−0.7551)". */
const factor = (x: number) => (x < 0 ? `(${num(x)})` : num(x));
/** Tiny errors in scientific notation with 2 significant digits. */
export const err = (x: number) => superscriptPowers(formatSignificant(x, 2));

const nodeValue = (view: Omit<GraphView, 'status'>, id: string) =>
  view.nodes.find((n) => n.id === id)?.value ?? 0;

function forwardSentence(view: Omit<GraphView, 'status'>, { x, y }: Inputs): string {
  const v = (id: string) => num(nodeValue(view, id));
  if (view.graph.id === 'chain') {
    return `Forward pass: x = ${num(x)} gives u = 3x + 1 = ${v('u')} and z = u² = ${v('z')}.`;
  }
  return `Forward pass: p = w·x = ${v('p')}, s = p + b = ${v('s')}, a = σ(s) = ${v('a')}, and the loss L = (a − y)² = ${v('L')} for the target y = ${num(y)}.`;
}

export function stepSentence(step: BackwardStep, localSymbol: string): string {
  if (step.edge === null) return `start at the output with ${step.symbol} = 1.`;
  return `multiply ${step.upstreamSymbol} = ${num(step.upstream)} by the local derivative ${localSymbol} = ${num(step.local)}: ${step.symbol} = ${factor(step.upstream)} × ${factor(step.local)} = ${num(step.grad)}.`;
}

const severity: Record<Verdict, number> = { agree: 0, zero: 1, tiny: 2, disagree: 3 };

export function checkSentence(rows: readonly CheckRow[]): string {
  const worst = rows.reduce<CheckRow | null>(
    (w, r) =>
      w === null ||
      severity[r.verdict] > severity[w.verdict] ||
      (severity[r.verdict] === severity[w.verdict] && r.relativeError > w.relativeError)
        ? r
        : w,
    null,
  );
  if (!worst) return '';
  const maxRel = Math.max(...rows.map((r) => r.relativeError));
  switch (worst.verdict) {
    case 'agree':
      return `The numeric check (h = ${H_TEXT}) agrees: relative error ${err(maxRel)}, below ${CHECK_TEXT}.`;
    case 'zero': {
      const zeros = rows.filter((r) => r.verdict === 'zero');
      const maxAbs = Math.max(...zeros.map((r) => r.absoluteError));
      return `The gradient with respect to ${zeros.map((r) => r.name).join(' and ')} is 0 (the numeric check is off by at most ${err(maxAbs)}), so a relative error would only measure rounding noise.`;
    }
    case 'tiny':
      return `The numeric check differs by a relative ${err(worst.relativeError)} for ${worst.name}: the gradient is so small (vanishing) that rounding in the loss swamps the tiny difference L(+h) − L(−h); the backward pass itself is exact.`;
    case 'disagree':
      return `The numeric check disagrees for ${worst.name} (relative error ${err(worst.relativeError)}): a local derivative is wrong.`;
  }
}

function doneSentence(view: Omit<GraphView, 'status'>, { x }: Inputs): string {
  const grads = view.check.map(
    (r) => `${view.graph.id === 'chain' ? '∂z' : '∂L'}/∂${r.name} = ${num(r.analytic)}`,
  );
  const at = view.graph.id === 'chain' ? ` at x = ${num(x)}` : '';
  const slope = view.sigmoidSlope;
  const saturated =
    slope !== null && slope < 0.01
      ? ` σ′(s) = ${err(slope)}: the sigmoid is saturated, so almost no gradient gets through.`
      : '';
  return `Backward pass done: ${grads.join(' and ')}${at}. ${checkSentence(view.check)}${saturated}`;
}

export function describeGraph(view: Omit<GraphView, 'status'>, inputs: Inputs): string {
  const total = view.steps.length;
  if (view.step === 0) {
    return `${forwardSentence(view, inputs)} Press Next to run the backward pass one local derivative at a time.`;
  }
  if (view.step === total) return doneSentence(view, inputs);
  const current = view.currentStep;
  const edge = view.edges.find((e) => e.id === current?.edge);
  const text = current ? stepSentence(current, edge?.localSymbol ?? '') : '';
  return `Backward step ${view.step} of ${total}: ${text}`;
}
