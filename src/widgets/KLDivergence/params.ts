// KLDivergence's parameters in the URL (`kl-divergence.p`, `kl-divergence.q`): comma-separated
// non-negative weights, 3 to 6 of them. Weights that do not sum to 1 are divided by their sum
// (the widget says so); P and Q of different lengths are both ignored with a notice.
import * as z from 'zod/mini';
import { softmax } from '../../math';
import { numberListCodec, urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { MAX_OUTCOMES, MIN_OUTCOMES, WEIGHT_MAX } from './model';

export const WIDGET_ID = 'kl-divergence';

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = { p: number[]; q: number[] };

export const defaults: Params = { p: [0.9, 0.05, 0.05], q: [0.4, 0.3, 0.3] };

const list = numberListCodec({
  minLength: MIN_OUTCOMES,
  maxLength: MAX_OUTCOMES,
  min: 0,
  max: WEIGHT_MAX,
});

const weightsCodec: ParamCodec<number[]> = {
  schema: z.pipe(
    list.schema,
    z.transform((weights: number[], ctx) => {
      if (weights.some((w) => w > 0)) return weights;
      ctx.issues.push({
        code: 'custom',
        message: 'every weight is 0, which is no distribution',
        input: weights,
      });
      return z.NEVER;
    }),
  ),
  format: list.format,
};

export const codecs: ParamCodecs<Params> = { p: weightsCodec, q: weightsCodec };

export interface Preset {
  label: string;
  p: number[];
  q: number[];
}

export const PRESETS: readonly Preset[] = [
  // the lesson's example: for a one-hot P, KL(P‖Q) equals the cross-entropy, 0.4644
  { label: 'One-hot P, Q = softmax([1, 2, 0.5])', p: [0, 1, 0], q: softmax([1, 2, 0.5]) },
  { label: 'Q rules out C', p: [0.5, 0.3, 0.2], q: [0.6, 0.4, 0] },
  { label: 'P = Q', p: [0.5, 0.3, 0.2], q: [0.5, 0.3, 0.2] },
];

/** A notice when P and Q from the URL list different numbers of outcomes (both are dropped). */
export function lengthNotice(state: Params): UrlStateNotice[] {
  if (state.p.length === state.q.length) return [];
  return [
    {
      key: `${urlKey(WIDGET_ID, 'p')}:length`,
      message: `Ignored ${urlKey(WIDGET_ID, 'p')} and ${urlKey(WIDGET_ID, 'q')}: P has ${state.p.length} outcomes but Q has ${state.q.length}, and both must list the same outcomes. Using the defaults.`,
    },
  ];
}
