// BootstrapCI's parameters in the URL: `bootstrap-ci.n` (sample size), `.resamples`,
// `.confidence`, `.seed` (which sample is drawn) and `.boot` (which resamples are drawn).
import { numberParam } from '../../ui/numberParam';
import type { NumberParam } from '../../ui/numberParam';
import type { ParamCodecs } from '../../ui/useUrlState';
import { SEED_MAX } from '../../ui/seed';

export const WIDGET_ID = 'bootstrap-ci';

export const N_MIN = 5;
export const N_MAX = 200;
/** The choices offered; any whole number in range is accepted from a link. */
export const RESAMPLE_CHOICES = [200, 500, 1000, 2000, 5000, 10_000] as const;
export const RESAMPLES_MIN = 100;
/** 10,000 resamples of 200 values is 2 million draws: about the most one frame can afford. */
export const RESAMPLES_MAX = 10_000;
export const CONFIDENCE_MIN = 0.5;
export const CONFIDENCE_MAX = 0.99;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  n: number;
  resamples: number;
  confidence: number;
  /** Seeds the sample of losses. */
  seed: number;
  /** Seeds the resampling. */
  boot: number;
};

export const defaults: Params = { n: 30, resamples: 2000, confidence: 0.95, seed: 7, boot: 1 };

export const specs: Record<keyof Params, NumberParam> = {
  n: { what: 'the sample size n', min: N_MIN, max: N_MAX, integer: true, clampHigh: true },
  resamples: {
    what: 'the number of resamples',
    min: RESAMPLES_MIN,
    max: RESAMPLES_MAX,
    integer: true,
    clampHigh: true,
  },
  confidence: { what: 'the confidence level', min: CONFIDENCE_MIN, max: CONFIDENCE_MAX },
  seed: { what: 'the sample seed', min: 0, max: SEED_MAX, integer: true },
  boot: { what: 'the resampling seed', min: 0, max: SEED_MAX, integer: true },
};

export const codecs: ParamCodecs<Params> = {
  n: numberParam(specs.n),
  resamples: numberParam(specs.resamples),
  confidence: numberParam(specs.confidence),
  seed: numberParam(specs.seed),
  boot: numberParam(specs.boot),
};
