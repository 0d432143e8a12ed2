// URL state of the widget: `gradient-descent.fn`, `.lr`, `.momentum`, `.x0`, `.kappa`, `.steps`.
// Values that do not parse are ignored by useUrlState with a notice; values that parse but do not
// fit the chosen function (a 2-number start for a 1-D function, 10⁹ steps) are repaired here,
// also with a notice, so a hostile link can never reach the math core.
import * as z from 'zod/mini';
import { formatShort } from '../../ui/format';
import { enumCodec, numberListCodec, urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { fnNames, objective } from './functions';
import type { FnName } from './functions';
import { MAX_STEPS } from './model';
import type { GdInput } from './model';

export const WIDGET_ID = 'gradient-descent';

export const LR_MIN = 1e-4;
export const LR_MAX = 2;
export const MOMENTUM_MAX = 0.99;
export const KAPPA_MIN = 1;
export const KAPPA_MAX = 100;

// a type alias, not an interface: useUrlState needs the implicit index signature
export type Params = {
  fn: FnName;
  /** null: the function's own suggested rate (so a link without `lr` suits every function). */
  lr: number | null;
  momentum: number;
  /** Empty: the function's own start point. */
  x0: number[];
  kappa: number;
  steps: number;
};

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** One number in [min, max]; `integer` also demands a whole number. */
function numberCodec(what: string, min: number, max: number, integer = false): ParamCodec<number> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const value = NUMBER.test(raw.trim()) ? Number(raw) : NaN;
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      };
      if (!Number.isFinite(value)) return fail(`${what} must be a number`);
      if (integer && !Number.isInteger(value)) return fail(`${what} must be a whole number`);
      if (value < min || value > max) {
        return fail(`${what} must be between ${formatShort(min, 4)} and ${formatShort(max, 4)}`);
      }
      return value;
    }),
  );
  return { schema, format: (v) => String(v) };
}

const lrNumber = numberCodec('the learning rate', LR_MIN, LR_MAX);
const lrCodec: ParamCodec<number | null> = {
  schema: lrNumber.schema,
  format: (v) => (v === null ? '' : String(v)),
};

export const codecs: ParamCodecs<Params> = {
  fn: enumCodec(fnNames),
  lr: lrCodec,
  momentum: numberCodec('momentum', 0, MOMENTUM_MAX),
  // the range check needs the function, so it happens in sanitize
  x0: numberListCodec({ minLength: 1, maxLength: 2 }),
  kappa: numberCodec('κ', KAPPA_MIN, KAPPA_MAX),
  // any whole number parses; sanitize clamps a huge one with a notice instead of dropping it
  steps: numberCodec('steps', 0, Number.MAX_SAFE_INTEGER, true),
};

export const defaults: Params = {
  fn: 'regression',
  lr: null,
  momentum: 0,
  x0: [],
  kappa: 10,
  steps: 0,
};

/** The parameters with the function's defaults filled in and out-of-place values repaired. */
export function sanitize(params: Params): { params: Params; notices: UrlStateNotice[] } {
  const notices: UrlStateNotice[] = [];
  const obj = objective(params.fn, params.kappa);
  let { x0, steps } = params;
  if (x0.length > 0) {
    const key = urlKey(WIDGET_ID, 'x0');
    const shown = x0.join(',');
    if (x0.length !== obj.symbols.length) {
      const n = obj.symbols.length;
      notices.push({
        key,
        message: `Ignored ${key}=${shown}: ${params.fn} needs ${n} number${n === 1 ? '' : 's'}. Using the default.`,
      });
      x0 = [];
    } else if (x0.some((v, i) => v < (obj.domain[i]?.[0] ?? 0) || v > (obj.domain[i]?.[1] ?? 0))) {
      const ranges = obj.domain.map(([a, b]) => `${a} to ${b}`).join(' and ');
      notices.push({
        key,
        message: `Ignored ${key}=${shown}: the start must lie from ${ranges}. Using the default.`,
      });
      x0 = [];
    }
  }
  if (steps > MAX_STEPS) {
    const key = urlKey(WIDGET_ID, 'steps');
    notices.push({
      key,
      message: `${key}=${steps} is more than this widget runs; running the maximum, ${MAX_STEPS} steps.`,
    });
    steps = MAX_STEPS;
  }
  return { params: { ...params, x0, steps }, notices };
}

/** What the model needs: every default resolved. */
export function toInput(params: Params): GdInput {
  const obj = objective(params.fn, params.kappa);
  return {
    fn: params.fn,
    eta: params.lr ?? obj.learningRate,
    beta: params.momentum,
    // the function's own start array, not a copy: memoised views compare it by identity
    x0: params.x0.length === obj.symbols.length ? params.x0 : obj.start,
    kappa: params.kappa,
    steps: Math.min(MAX_STEPS, params.steps),
  };
}
