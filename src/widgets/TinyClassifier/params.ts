// TinyClassifier's parameters in the URL (`tiny-classifier.<param>`). Bad values are ignored with
// a notice; sizes and step counts above the maximum run at the maximum, with a notice.
import * as z from 'zod/mini';
import { formatShort, parseNumber } from '../../ui/format';
import { enumCodec, urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { SEED_MAX } from '../../ui/seed';
import { EXTENT, PRESETS, tidy } from './data';
import type { Point, Preset } from './data';
import { MAX_STEPS } from './model';

export const WIDGET_ID = 'tiny-classifier';
export const LR_MIN = 0.001;
export const LR_MAX = 100;
export const N_MIN = 5;
export const N_MAX = 100;
export const MAX_ADDED = 40;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  preset: Preset;
  seed: number;
  /** Points per class. */
  n: number;
  lr: number;
  steps: number;
  /** Points the reader added by hand. */
  added: Point[];
};

export const defaults: Params = {
  preset: 'overlapping',
  seed: 3,
  n: 25,
  lr: 0.5,
  steps: 0,
  added: [],
};

interface Spec {
  what: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Above max, use max (and say so) instead of ignoring the value. */
  clampHigh?: boolean;
}

export const specs = {
  seed: { what: 'the seed', min: 0, max: SEED_MAX, integer: true },
  n: { what: 'the points per class', min: N_MIN, max: N_MAX, integer: true, clampHigh: true },
  lr: { what: 'the learning rate', min: LR_MIN, max: LR_MAX },
  steps: { what: 'the steps', min: 0, max: MAX_STEPS, integer: true, clampHigh: true },
} satisfies Record<string, Spec>;

const range = (s: Spec) => `from ${formatShort(s.min, 6)} to ${formatShort(s.max, 6)}`;

function read(spec: Spec, raw: string): { value: number } | { error: string } {
  const value = parseNumber(raw);
  if (value === null) return { error: `${spec.what} must be a number ${range(spec)}` };
  if (spec.integer && !Number.isInteger(value)) {
    return { error: `${spec.what} must be a whole number ${range(spec)}` };
  }
  if (value > spec.max && spec.clampHigh) return { value: spec.max };
  if (value < spec.min || value > spec.max) return { error: `${spec.what} must be ${range(spec)}` };
  return { value };
}

function numberCodec(spec: Spec): ParamCodec<number> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = read(spec, raw);
      if ('value' in result) return result.value;
      ctx.issues.push({ code: 'custom', message: result.error, input: raw });
      return z.NEVER;
    }),
  );
  return { schema, format: String };
}

/** Added points as `x,y,class` triples separated by `;`, e.g. `1.5,-2,1;0,0.5,0`. */
const addedCodec: ParamCodec<Point[]> = {
  schema: z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      };
      if (raw.trim() === '') return [];
      const parts = raw.split(';');
      if (parts.length > MAX_ADDED) return fail(`at most ${MAX_ADDED} added points`);
      const points: Point[] = [];
      for (const part of parts) {
        const [x, y, c, extra] = part.split(',').map((s) => parseNumber(s));
        if (x == null || y == null || (c !== 0 && c !== 1) || extra !== undefined) {
          return fail('expected points as x,y,class (class 0 or 1) separated by ;');
        }
        if (Math.abs(x) > EXTENT || Math.abs(y) > EXTENT) {
          return fail(`coordinates must be from −${EXTENT} to ${EXTENT}`);
        }
        points.push({ x: tidy(x), y: tidy(y), label: c });
      }
      return points;
    }),
  ),
  format: (points) => points.map((p) => `${p.x},${p.y},${p.label}`).join(';'),
};

export const codecs: ParamCodecs<Params> = {
  preset: enumCodec(PRESETS),
  seed: numberCodec(specs.seed),
  n: numberCodec(specs.n),
  lr: numberCodec(specs.lr),
  steps: numberCodec(specs.steps),
  added: addedCodec,
};

/** Notices for sizes and step counts above the maximum, which run at the maximum. */
export function clampNotices(search: string): UrlStateNotice[] {
  const params = new URLSearchParams(search);
  const notices: UrlStateNotice[] = [];
  for (const [param, spec] of Object.entries(specs) as [string, Spec][]) {
    if (!spec.clampHigh) continue;
    const key = urlKey(WIDGET_ID, param);
    const value = parseNumber(params.get(key) ?? '');
    if (value === null || value <= spec.max || (spec.integer && !Number.isInteger(value))) continue;
    notices.push({
      key: `${key}:clamp`,
      message: `${key}=${formatShort(value, 6)} is more than this widget allows for ${spec.what}; using the maximum, ${spec.max}.`,
    });
  }
  return notices;
}
