// SignificanceLab's parameters in the URL: `significance-lab.a` and `.b` (the two models'
// accuracies), `.n` (examples in each test set) and `.seed` (the simulated reruns).
import { numberParam } from '../../ui/numberParam';
import type { NumberParam } from '../../ui/numberParam';
import type { ParamCodecs } from '../../ui/useUrlState';
import { SEED_MAX } from '../../ui/seed';

export const WIDGET_ID = 'significance-lab';

export const N_MIN = 20;
export const N_MAX = 100_000;
/** Simulated reruns per seed: enough to read a share to about ±3 points. */
export const RERUNS = 200;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  a: number;
  b: number;
  n: number;
  seed: number;
};

/** The lesson's comparison: 85.0% vs 87.0% on 1,000 examples each. */
export const defaults: Params = { a: 0.85, b: 0.87, n: 1000, seed: 42 };

export const specs: Record<keyof Params, NumberParam> = {
  a: { what: 'the accuracy of model A', min: 0, max: 1 },
  b: { what: 'the accuracy of model B', min: 0, max: 1 },
  n: { what: 'the test-set size', min: N_MIN, max: N_MAX, integer: true, clampHigh: true },
  seed: { what: 'the seed', min: 0, max: SEED_MAX, integer: true },
};

export const codecs: ParamCodecs<Params> = {
  a: numberParam(specs.a),
  b: numberParam(specs.b),
  n: numberParam(specs.n),
  seed: numberParam(specs.seed),
};
