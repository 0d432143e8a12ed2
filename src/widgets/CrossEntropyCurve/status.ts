// The widget's status sentence: what the curve point and the bars mean, in words.
import { formatFixed, formatShort, formatSignificant } from '../../ui/format';
import type { BarView, CurvePoint } from './model';

const list = (xs: readonly number[], digits: number) =>
  `[${xs.map((x) => formatShort(x, digits)).join(', ')}]`;

export function describeCurve(point: CurvePoint): string {
  const q = formatSignificant(point.q, 4);
  const loss = formatFixed(point.loss, 4);
  if (point.clipped && point.q < point.eps) {
    return (
      `q = ${q}: −ln ${q} would be infinite, so q is clipped to ε = ${point.eps} first and the ` +
      `loss is a huge but finite ${loss} nats.`
    );
  }
  if (point.clipped) {
    return `q = ${q} is clipped to 1 − ε, so the loss is ${loss} nats: a certain, correct prediction costs nothing.`;
  }
  const mood =
    point.q >= 0.9
      ? 'confident and right, so it costs little'
      : point.q >= 0.5
        ? 'leaning the right way'
        : point.q >= 0.1
          ? 'mostly wrong, and it costs more'
          : 'confidently wrong, which costs the most';
  return `q = ${q}: the model gives the true class probability ${q}, so the loss is −ln ${q} = ${loss} nats (${mood}).`;
}

export function describeBars(bars: BarView): string {
  const ce = formatFixed(bars.loss, 4);
  const source =
    bars.logits !== null
      ? `Logits ${list(bars.logits, 3)} through softmax give ${list(bars.probs, 3)}`
      : `The prediction ${list(bars.probs, 3)}`;
  const verdict =
    bars.argmax === bars.target
      ? 'the top pick is the true class'
      : `the model favours class ${bars.argmax}, not the true class`;
  const clip = bars.clipped
    ? ` (its probability ${formatSignificant(bars.qTrue, 3)} was clipped to ε before the log)`
    : '';
  return `${source}; with true class ${bars.target} the cross-entropy is ${ce} nats${clip}, and ${verdict}.`;
}
