// BayesUpdate's parameters in the URL: `bayes-update.prior` = P(spam), `.pos` = P("winner" | spam)
// and `.neg` = P("winner" | ham). Each is a probability; anything else is ignored with a notice.
import { numberParam } from '../../ui/numberParam';
import type { NumberParam } from '../../ui/numberParam';
import type { ParamCodecs } from '../../ui/useUrlState';

export const WIDGET_ID = 'bayes-update';

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  /** P(spam) before the email is read. */
  prior: number;
  /** P("winner" | spam). */
  pos: number;
  /** P("winner" | ham). */
  neg: number;
};

/** The lesson's spam filter: P(spam) = 0.2, P("winner" | spam) = 0.8, P("winner" | ham) = 0.05. */
export const defaults: Params = { prior: 0.2, pos: 0.8, neg: 0.05 };

export const specs: Record<keyof Params, NumberParam> = {
  prior: { what: 'the prior P(spam)', min: 0, max: 1 },
  pos: { what: 'P(“winner” | spam)', min: 0, max: 1 },
  neg: { what: 'P(“winner” | ham)', min: 0, max: 1 },
};

export const codecs: ParamCodecs<Params> = {
  prior: numberParam(specs.prior),
  pos: numberParam(specs.pos),
  neg: numberParam(specs.neg),
};
