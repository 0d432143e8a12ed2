// SamplingLab's parameters in the URL: `sampling-lab.n` flips per batch, `.p` the chance of
// heads, `.batches`, `.k` the threshold of P(heads ≥ k), and `.seed`. Sizes above the maximum
// are clamped with a notice; k is kept within 0…n.
import { numberParam } from '../../ui/numberParam';
import type { NumberParam } from '../../ui/numberParam';
import { urlKey } from '../../ui/useUrlState';
import type { ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { SEED_MAX } from '../../ui/seed';

export const WIDGET_ID = 'sampling-lab';

export const N_MAX = 200;
export const BATCHES_MIN = 10;
/** 10,000 batches of 200 flips is 2 million draws: about the most one frame can afford. */
export const BATCHES_MAX = 10_000;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  n: number;
  p: number;
  batches: number;
  k: number;
  seed: number;
};

/** The lesson's example: 100 fair flips, P(heads ≥ 60). */
export const defaults: Params = { n: 100, p: 0.5, batches: 1000, k: 60, seed: 42 };

export const specs: Record<keyof Params, NumberParam> = {
  n: { what: 'the number of flips per batch', min: 1, max: N_MAX, integer: true, clampHigh: true },
  p: { what: 'the chance of heads p', min: 0, max: 1 },
  batches: {
    what: 'the number of batches',
    min: BATCHES_MIN,
    max: BATCHES_MAX,
    integer: true,
    clampHigh: true,
  },
  // the upper limit depends on n, so sanitize finishes the check
  k: { what: 'the threshold k', min: 0, max: N_MAX, integer: true, clampHigh: true },
  seed: { what: 'the seed', min: 0, max: SEED_MAX, integer: true },
};

export const codecs: ParamCodecs<Params> = {
  n: numberParam(specs.n),
  p: numberParam(specs.p),
  batches: numberParam(specs.batches),
  k: numberParam(specs.k),
  seed: numberParam(specs.seed),
};

/** k above n can never be reached: use k = n, and say so. */
export function sanitize(params: Params): { params: Params; notices: UrlStateNotice[] } {
  if (params.k <= params.n) return { params, notices: [] };
  const key = urlKey(WIDGET_ID, 'k');
  return {
    params: { ...params, k: params.n },
    notices: [
      {
        key: `${key}:n`,
        message: `${key}=${params.k} is more heads than the ${params.n} flips in a batch; using k = ${params.n}.`,
      },
    ],
  };
}
