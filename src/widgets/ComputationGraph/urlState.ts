// ComputationGraph's URL state: `computation-graph.graph` (chain | neuron), `.x`, `.w`, `.b`,
// `.y` and `.step`. A value that is not a number is ignored with a notice; a number outside a
// slider's range is clamped to it (and snapped to its step), with a notice saying what is used.
import * as z from 'zod/mini';
import { formatShort, parseNumber } from '../../ui/format';
import { enumCodec, urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { stepCount } from './graphs';
import type { GraphId } from './graphs';

export const WIDGET_ID = 'computation-graph';

export interface Range {
  min: number;
  max: number;
  step: number;
}

/** The sliders' ranges: wide enough for w·x + b to saturate the sigmoid (|s| up to 20). */
export const ranges = {
  x: { min: -3, max: 3, step: 0.1 },
  w: { min: -5, max: 5, step: 0.1 },
  b: { min: -5, max: 5, step: 0.1 },
  y: { min: 0, max: 1, step: 0.05 },
  step: { min: 0, max: Math.max(...Object.values(stepCount)), step: 1 },
} as const satisfies Record<string, Range>;

// a type alias, not an interface: useUrlState needs a Record<string, unknown>
export type Params = {
  graph: GraphId;
  x: number;
  w: number;
  b: number;
  y: number;
  step: number;
};

/** The lesson's numbers: z = (3x + 1)² at x = 1, and the neuron's w = 0.5, x = 2, b = −0.5, y = 1. */
export const defaults: Params = { graph: 'chain', x: 1, w: 0.5, b: -0.5, y: 1, step: 0 };

/** Clamps to the range and snaps to its step; −0 becomes 0. */
export function fitRange(value: number, { min, max, step }: Range): number {
  const snapped = Math.round((Math.min(max, Math.max(min, value)) - min) / step) * step + min;
  return Number(snapped.toFixed(2)) + 0;
}

function rangeCodec(range: Range): ParamCodec<number> {
  return {
    schema: z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const value = parseNumber(raw);
        if (value === null) {
          ctx.issues.push({ code: 'custom', message: 'expected a number', input: raw });
          return z.NEVER;
        }
        return fitRange(value, range);
      }),
    ),
    format: String,
  };
}

export const codecs: ParamCodecs<Params> = {
  graph: enumCodec(['chain', 'neuron'] as const),
  x: rangeCodec(ranges.x),
  w: rangeCodec(ranges.w),
  b: rangeCodec(ranges.b),
  y: rangeCodec(ranges.y),
  step: rangeCodec(ranges.step),
};

const numeric = ['x', 'w', 'b', 'y', 'step'] as const;

/** Notices for numbers the codecs clamped or snapped, and a step past the chosen graph's end. */
export function clampNotices(search: string, state: Params): UrlStateNotice[] {
  const params = new URLSearchParams(search);
  const notices: UrlStateNotice[] = [];
  for (const name of numeric) {
    const key = urlKey(WIDGET_ID, name);
    const raw = parseNumber(params.get(key) ?? '');
    if (raw === null || raw === state[name]) continue;
    const { min, max } = ranges[name];
    notices.push({
      key: `${key}:clamp`,
      message: `${key}=${formatShort(raw)} is outside ${formatShort(min)} … ${formatShort(max)} or between slider steps; using ${formatShort(state[name])}.`,
    });
  }
  const last = stepCount[state.graph];
  if (state.step > last) {
    notices.push({
      key: `${urlKey(WIDGET_ID, 'step')}:graph`,
      message: `The ${state.graph} graph has ${last} backward steps; showing step ${last}.`,
    });
  }
  return notices;
}

/** The x each graph's lesson example uses: z = (3x + 1)² at x = 1; the neuron at x = 2. */
export const lessonX: Record<GraphId, number> = { chain: 1, neuron: 2 };

/**
 * Switching graphs starts the new graph at its forward pass; an x the reader has not moved from
 * the old graph's lesson value moves to the new graph's, so both open on the lesson's numbers.
 */
export function switchGraph(state: Params, graph: GraphId): Params {
  if (graph === state.graph) return state;
  const x = state.x === lessonX[state.graph] ? lessonX[graph] : state.x;
  return { ...state, graph, x, step: 0 };
}
