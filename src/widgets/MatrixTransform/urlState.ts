// MatrixTransform's URL state: `matrix-transform.m=a,b,c,d` for [[a, b], [c, d]].
// Entries are kept on the plane (−5 … 5) with two decimals; a value outside that is clamped and
// rounded with a notice rather than ignored, so a shared link still shows roughly its matrix.
import * as z from 'zod/mini';
import { urlKey } from '../../ui/useUrlState';
import type { ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { matrixText } from './describe';
import { PLANE, roundEntry } from './model';
import { DEFAULT_MATRIX } from './presets';

export const WIDGET_ID = 'matrix-transform';

// a type alias, not an interface: useUrlState needs a Record<string, unknown>
export type Params = { m: number[] };

export const defaults: Params = { m: [...DEFAULT_MATRIX] };

const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** The four numbers of `raw`, or why it is not a matrix. */
export function parseMatrix(raw: string): { values: number[] } | { error: string } {
  const parts = raw.split(',').map((p) => p.trim().replace(/\u2212/g, '-'));
  if (parts.length !== 4) {
    return { error: `expected 4 numbers a,b,c,d for [[a, b], [c, d]], got ${parts.length}` };
  }
  const values = parts.map((p) => (numberPattern.test(p) ? Number(p) : NaN));
  if (values.some((v) => !Number.isFinite(v))) {
    return { error: 'expected 4 finite numbers separated by commas' };
  }
  return { values };
}

export const codecs: ParamCodecs<Params> = {
  m: {
    schema: z.pipe(
      z.string(),
      z.transform((raw: string, ctx) => {
        const parsed = parseMatrix(raw);
        if ('error' in parsed) {
          ctx.issues.push({ code: 'custom', message: parsed.error, input: raw });
          return z.NEVER;
        }
        return parsed.values.map(roundEntry);
      }),
    ),
    format: (values) => values.map(String).join(','),
  },
};

/** A notice when the URL's matrix had to be clamped to the plane or rounded. */
export function clampNotices(search: string, state: Params): UrlStateNotice[] {
  const key = urlKey(WIDGET_ID, 'm');
  const raw = new URLSearchParams(search).get(key);
  if (raw === null) return [];
  const parsed = parseMatrix(raw);
  if ('error' in parsed || parsed.values.every((v, i) => v === state.m[i])) return [];
  return [
    {
      key: `${key}:clamp`,
      message: `${key}: entries are kept between −${PLANE} and ${PLANE} with two decimals; using A = ${matrixText(state.m)}.`,
    },
  ];
}
