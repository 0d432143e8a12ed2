// CalibrationDiagram's parameters in the URL (`calibration-diagram.<param>`). A bad value is
// ignored with a notice; a size above the maximum (n=1e9) runs at the maximum, with a notice.
import * as z from 'zod/mini';
import { formatShort, parseNumber } from '../../ui/format';
import { enumCodec, urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { SEED_MAX } from '../../ui/seed';

export const WIDGET_ID = 'calibration-diagram';
export const T_MIN = 0.2;
export const T_MAX = 5;
export const N_MIN = 200;
export const N_MAX = 2000;
export const BINS_MIN = 5;
export const BINS_MAX = 20;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  /** Temperature the classifier reports with: below 1 overconfident, above 1 underconfident. */
  t: number;
  fix: 'on' | 'off';
  seed: number;
  /** Test examples (the validation half for temperature scaling has as many again). */
  n: number;
  bins: number;
};

// modern deep networks tend to be overconfident, so the widget opens that way
export const defaults: Params = { t: 0.5, fix: 'off', seed: 7, n: 1000, bins: 10 };

interface Spec {
  what: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Clamp values in (max, ∞) to max instead of ignoring them (sizes: n=1e9 runs at the max). */
  clampHigh?: boolean;
  /** Clamp values in (0, min) to min (temperatures). */
  clampLow?: boolean;
}

export const specs = {
  t: { what: 'the temperature', min: T_MIN, max: T_MAX, clampHigh: true, clampLow: true },
  seed: { what: 'the seed', min: 0, max: SEED_MAX, integer: true },
  n: { what: 'the number of examples', min: N_MIN, max: N_MAX, integer: true, clampHigh: true },
  bins: {
    what: 'the number of bins',
    min: BINS_MIN,
    max: BINS_MAX,
    integer: true,
    clampHigh: true,
  },
} satisfies Record<string, Spec>;

const range = (s: Spec) => `from ${formatShort(s.min, 6)} to ${formatShort(s.max, 6)}`;

/** Parses one number; `clamped` says whether a clamp (rather than the raw value) was used. */
export function readNumber(
  spec: Spec,
  raw: string,
): { value: number; clamped: boolean } | { error: string } {
  const value = parseNumber(raw);
  if (value === null) return { error: `${spec.what} must be a number ${range(spec)}` };
  if (spec.integer && !Number.isInteger(value)) {
    return { error: `${spec.what} must be a whole number ${range(spec)}` };
  }
  if (value > spec.max && spec.clampHigh) return { value: spec.max, clamped: true };
  if (value > 0 && value < spec.min && spec.clampLow) return { value: spec.min, clamped: true };
  if (value < spec.min || value > spec.max) return { error: `${spec.what} must be ${range(spec)}` };
  return { value, clamped: false };
}

function numberCodec(spec: Spec): ParamCodec<number> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = readNumber(spec, raw);
      if ('value' in result) return result.value;
      ctx.issues.push({ code: 'custom', message: result.error, input: raw });
      return z.NEVER;
    }),
  );
  return { schema, format: String };
}

export const codecs: ParamCodecs<Params> = {
  t: numberCodec(specs.t),
  fix: enumCodec(['on', 'off'] as const),
  seed: numberCodec(specs.seed),
  n: numberCodec(specs.n),
  bins: numberCodec(specs.bins),
};

/** Notices for values that were clamped to the allowed range rather than ignored. */
export function clampNotices(search: string): UrlStateNotice[] {
  const params = new URLSearchParams(search);
  const notices: UrlStateNotice[] = [];
  for (const [param, spec] of Object.entries(specs) as [string, Spec][]) {
    const key = urlKey(WIDGET_ID, param);
    const raw = params.get(key);
    if (raw === null) continue;
    const result = readNumber(spec, raw);
    if (!('value' in result) || !result.clamped) continue;
    notices.push({
      key: `${key}:clamp`,
      message: `${key}=${raw.slice(0, 20)} is outside what this widget allows for ${spec.what}; using ${formatShort(result.value, 6)}.`,
    });
  }
  return notices;
}
