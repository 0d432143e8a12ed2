// The token rows' moving parts as a scene for the painter worker (src/ui/picture): while a slider
// is dragged, each row's probability bar and number are drawn over the rows, which hold still.
import { formatFixed } from '../../ui/format';
import type { Op, Scene } from '../../ui/picture/scene';
import type { SoftmaxView } from './model';

/** A box relative to the overlay's parent, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where one row's bar and probability sit, and the number's font and colour. */
export interface RowBoxes {
  bar: Box;
  prob: Box;
  font: string;
  colour: string;
}

const boxIn = (el: Element, origin: DOMRect): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
};

/** Reads each row's boxes under `root` (once per drag: it forces a layout). */
export function measureRows(root: HTMLElement): RowBoxes[] {
  const origin = root.getBoundingClientRect();
  return [...root.querySelectorAll('.st-rows > .st-row')].flatMap((row) => {
    const bar = row.querySelector('.st-bar');
    const prob = row.querySelector('.st-prob');
    if (!bar || !prob) return [];
    const style = getComputedStyle(prob);
    // from the longhands: the `font` shorthand reads '' when, as here, font-variant-numeric is set
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return [{ bar: boxIn(bar, origin), prob: boxIn(prob, origin), font, colour: style.color }];
  });
}

/**
 * Each row's bar at T (and the share renormalising adds) in the bar's 100 × 12 viewBox, stretched
 * as the SVG's `preserveAspectRatio="none"` is, and its probability to 3 decimals.
 */
export function softmaxScene(view: SoftmaxView, rows: readonly RowBoxes[]): Scene {
  const filtered = view.filter !== null;
  const ops: Op[] = [];
  view.tokens.forEach((token, i) => {
    const row = rows[i];
    if (!row) return;
    const { bar } = row;
    const sx = bar.w / 100;
    const sy = bar.h / 12;
    const p = Math.min(100, Math.max(0, token.p * 100));
    const grow = filtered && !token.dropped ? Math.min(100, Math.max(0, token.q * 100)) - p : 0;
    const y = bar.y + 2.5 * sy;
    const h = 7 * sy;
    const fill = token.dropped ? 'var(--st-dropped)' : 'var(--st-bar)';
    ops.push({ op: 'rect', x: bar.x, y, w: p * sx, h, fill });
    if (grow > 0) {
      ops.push({ op: 'rect', x: bar.x + p * sx, y, w: grow * sx, h, fill: 'var(--st-renorm)' });
    }
    ops.push({
      op: 'text',
      x: row.prob.x,
      y: row.prob.y + row.prob.h / 2,
      text: formatFixed(token.p, 3),
      font: row.font,
      fill: row.colour,
      baseline: 'middle',
    });
  });
  return { viewBox: null, ops };
}
