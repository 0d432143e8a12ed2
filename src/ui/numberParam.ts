// One number in the URL with its allowed range, for widget parameters such as a probability, a
// sample size or a seed. A value that is not a number, not whole when it must be, or below the
// range is ignored with a notice (by useUrlState). A value above the range is ignored too, unless
// the parameter clamps: then an absurd size like `n=1e9` runs at the largest allowed size, and
// clampNotices says so.
import * as z from 'zod/mini';
import { formatShort, parseNumber } from './format';
import { urlKey } from './useUrlState';
import type { ParamCodec, UrlStateNotice } from './useUrlState';

export interface NumberParam {
  /** Names the value in notices, e.g. "the prior P(spam)". */
  what: string;
  min: number;
  max: number;
  /** Demand a whole number (counts, sizes, seeds). Default false. */
  integer?: boolean;
  /** Above max, use max (reported by clampNotices) instead of ignoring the value. Default false. */
  clampHigh?: boolean;
}

const range = (spec: NumberParam) =>
  `from ${formatShort(spec.min, 6)} to ${formatShort(spec.max, 6)}`;

/** The codec for one number parameter; see NumberParam. */
export function numberParam(spec: NumberParam): ParamCodec<number> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      };
      const value = parseNumber(raw);
      if (value === null) return fail(`${spec.what} must be a number ${range(spec)}`);
      if (spec.integer && !Number.isInteger(value)) {
        return fail(`${spec.what} must be a whole number ${range(spec)}`);
      }
      if (value > spec.max && spec.clampHigh) return spec.max;
      if (value < spec.min || value > spec.max) {
        return fail(`${spec.what} must be ${range(spec)}`);
      }
      return value;
    }),
  );
  return { schema, format: (value) => String(value) };
}

/** Notices for the clamping parameters whose URL value was above the maximum (and so was cut). */
export function clampNotices(
  widgetId: string,
  specs: Readonly<Record<string, NumberParam>>,
  search: string,
): UrlStateNotice[] {
  const params = new URLSearchParams(search);
  const notices: UrlStateNotice[] = [];
  for (const [param, spec] of Object.entries(specs)) {
    if (!spec.clampHigh) continue;
    const key = urlKey(widgetId, param);
    const raw = params.get(key);
    const value = raw === null ? null : parseNumber(raw);
    if (value === null || value <= spec.max || (spec.integer && !Number.isInteger(value))) continue;
    notices.push({
      key: `${key}:clamp`,
      message: `${key}=${formatShort(value, 6)} is more than this widget allows for ${spec.what}; using the maximum, ${formatShort(spec.max, 6)}.`,
    });
  }
  return notices;
}
