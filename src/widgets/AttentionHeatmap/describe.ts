// Words and formatted numbers for the AttentionHeatmap: the status sentence, the cell
// announcement and the cell readout. Masked cells say "masked (−∞)", never "-Infinity".
import { formatFixed } from '../../ui/format';
import { isMasked, rowsSumToOne, topKey } from './model';
import type { AttentionView, Mode } from './model';

export const MASKED_TEXT = 'masked (−∞)';

/** The decimals a weight is printed with, on the page and by the painter. */
export const WEIGHT_DIGITS = 3;

/** A weight to 3 decimals ("0.670"). */
export const weightText = (w: number) => formatFixed(w, WEIGHT_DIGITS);

/** A vector as "[1.660, 2.660]". */
export const vectorText = (v: readonly number[], digits = 3) =>
  `[${v.map((x) => formatFixed(x, digits)).join(', ')}]`;

/** How a query or key is named in sentences: "'cat' (2)" or "q1". */
export function queryName(view: AttentionView, mode: Mode, i: number): string {
  return mode === 'sentence' ? `‘${view.queryLabels[i] ?? ''}’ (${i + 1})` : `q${i + 1}`;
}

export function keyName(view: AttentionView, mode: Mode, j: number): string {
  return mode === 'sentence' ? `‘${view.keyLabels[j] ?? ''}’ (${j + 1})` : `k${j + 1}`;
}

/** The number inside a cell and in the table. */
export function cellText(view: AttentionView, i: number, j: number): string {
  return isMasked(view, i, j) ? 'masked' : weightText(view.weights[i]?.[j] ?? 0);
}

/** The announcement for a focused cell: "query → key: weight". */
export function describeCell(view: AttentionView, mode: Mode, i: number, j: number): string {
  const pair = `${queryName(view, mode, i)} → ${keyName(view, mode, j)}`;
  if (isMasked(view, i, j)) return `${pair}: ${MASKED_TEXT}, weight 0`;
  return `${pair}: ${weightText(view.weights[i]?.[j] ?? 0)}`;
}

export interface CellReadout {
  raw: string;
  scaled: string;
  weight: string;
}

/** Raw score q·k, the scaled score fed to softmax, and the weight, as the readout shows them. */
export function cellReadout(view: AttentionView, i: number, j: number): CellReadout {
  const masked = isMasked(view, i, j);
  return {
    raw: formatFixed(view.raw[i]?.[j] ?? 0, 3),
    scaled: masked ? MASKED_TEXT : formatFixed(view.scores[i]?.[j] ?? 0, 3),
    weight: masked ? '0 (masked)' : weightText(view.weights[i]?.[j] ?? 0),
  };
}

const listInWords = (parts: readonly string[]) =>
  parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;

function sumsSentence(view: AttentionView): string {
  if (rowsSumToOne(view)) return 'Every row sums to 1.';
  const lo = Math.min(...view.rowSums);
  const hi = Math.max(...view.rowSums);
  return `Row sums range from ${formatFixed(lo, 6)} to ${formatFixed(hi, 6)}.`;
}

/** The widget's status: what the selected query attends to, in words. */
export function statusText(view: AttentionView, mode: Mode, row: number): string {
  const i = Math.min(Math.max(0, row), view.n - 1);
  if (mode === 'matrices') {
    const parts = (view.weights[i] ?? []).map((w, j) =>
      isMasked(view, i, j)
        ? `key ${j + 1} nothing (masked)`
        : `key ${j + 1} weight ${weightText(w)}`,
    );
    return (
      `Query ${i + 1} gives ${listInWords(parts)}, so its output is ` +
      `${vectorText(view.output[i] ?? [])}. ${sumsSentence(view)}`
    );
  }
  const { key, weight } = topKey(view, i);
  const saturation =
    view.meanTopWeight > 0.95
      ? ' Softmax has saturated: most rows put nearly all their weight on one word.'
      : '';
  return (
    `Query ‘${view.queryLabels[i] ?? ''}’ attends most to ‘${view.keyLabels[key] ?? ''}’ ` +
    `(weight ${weightText(weight)}). ${sumsSentence(view)} On average a row's largest weight ` +
    `is ${weightText(view.meanTopWeight)}.${saturation}`
  );
}
