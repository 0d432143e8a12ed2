// AttentionHeatmap's URL parameters (`attention-heatmap.<name>`): codecs that reject hostile
// values with a reason, and a check across parameters (shapes, temperature range) that the
// single-value codecs cannot make.
import * as z from 'zod/mini';
import { formatShort } from '../../ui/format';
import { enumCodec } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { checkSentence, DK_CHOICES, MAX_TOKENS, MAX_WORD_LENGTH, MIN_TOKENS } from './embeddings';
import type { Dk } from './embeddings';
import { EXAMPLE_K, EXAMPLE_Q, EXAMPLE_V, T_MAX, T_MIN } from './model';
import type { Mode } from './model';

export const WIDGET_ID = 'attention-heatmap';
/** Matrices mode: at most this many rows and columns in Q, K and V. */
export const MATRIX_MAX = 4;
/** Matrices mode: entries stay within ±ENTRY_LIMIT. */
export const ENTRY_LIMIT = 10;
export const MAX_SEED = 2 ** 31 - 1;

export type Params = {
  mode: Mode;
  text: string;
  /** Show the 128-word stress passage instead of `text`. */
  stress: boolean;
  dk: Dk;
  scale: boolean;
  causal: boolean;
  t: number;
  seed: number;
  q: number[][];
  k: number[][];
  v: number[][];
};

export const DEFAULT_TEXT = 'the cat sat on the mat';

export const defaults: Params = {
  mode: 'sentence',
  text: DEFAULT_TEXT,
  stress: false,
  dk: 8,
  scale: true,
  causal: false,
  t: 1,
  seed: 7,
  q: EXAMPLE_Q,
  k: EXAMPLE_K,
  v: EXAMPLE_V,
};

/** A codec from a parse function that returns the value or the reason it failed. */
function codec<T>(
  parse: (raw: string) => { value: T } | { error: string },
  format: (value: T) => string,
): ParamCodec<T> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = parse(raw);
      if ('error' in result) {
        ctx.issues.push({ code: 'custom', message: result.error, input: raw });
        return z.NEVER;
      }
      return result.value;
    }),
  );
  return { schema, format };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

const booleanCodec = codec<boolean>(
  (raw) => {
    if (['true', '1', 'on'].includes(raw)) return { value: true };
    if (['false', '0', 'off'].includes(raw)) return { value: false };
    return { error: 'expected true or false' };
  },
  (value) => String(value),
);

const textCodec = codec<string>(
  (raw) => {
    if (raw.length > 2000) return { error: 'the sentence is too long' };
    const checked = checkSentence(raw);
    if ('error' in checked) {
      return {
        error: `expected ${MIN_TOKENS} to ${MAX_TOKENS} words of at most ${MAX_WORD_LENGTH} characters`,
      };
    }
    return { value: checked.tokens.join(' ') };
  },
  (text) => text,
);

const dkCodec = codec<Dk>((raw) => {
  const value = DK_CHOICES.find((d) => String(d) === raw);
  return value === undefined ? { error: `expected one of ${DK_CHOICES.join(', ')}` } : { value };
}, String);

const temperatureCodec = codec<number>((raw) => {
  const value = NUMBER.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(value) || value <= 0) return { error: 'expected a number above 0' };
  return { value };
}, String);

const seedCodec = codec<number>((raw) => {
  const value = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(value <= MAX_SEED)) return { error: `expected a whole number from 0 to ${MAX_SEED}` };
  return { value };
}, String);

/** Rows separated by `;`, numbers by `,`: "1,0;0,1". */
const matrixCodec = codec<number[][]>(
  (raw) => {
    const fail = {
      error: `expected up to ${MATRIX_MAX} rows of up to ${MATRIX_MAX} numbers (rows separated by ;)`,
    };
    const rows = raw.split(';').map((r) => r.split(',').map((p) => p.trim()));
    if (rows.length > MATRIX_MAX || rows.some((r) => r.length > MATRIX_MAX)) return fail;
    if (rows.some((r) => r.some((p) => !NUMBER.test(p)))) return fail;
    const matrix = rows.map((r) => r.map(Number));
    if (matrix.some((r) => r.length !== matrix[0]?.length)) {
      return { error: 'every row needs the same number of values' };
    }
    if (matrix.some((r) => r.some((x) => !(Math.abs(x) <= ENTRY_LIMIT)))) {
      return { error: `each number must be between -${ENTRY_LIMIT} and ${ENTRY_LIMIT}` };
    }
    return { value: matrix };
  },
  (m) => m.map((r) => r.join(',')).join(';'),
);

export const codecs: ParamCodecs<Params> = {
  mode: enumCodec(['sentence', 'matrices'] as const),
  text: textCodec,
  stress: booleanCodec,
  dk: dkCodec,
  scale: booleanCodec,
  causal: booleanCodec,
  t: temperatureCodec,
  seed: seedCodec,
  q: matrixCodec,
  k: matrixCodec,
  v: matrixCodec,
};

const key = (name: keyof Params) => `${WIDGET_ID}.${name}`;

/** Fixes what each value alone could not reveal; every fix comes with a notice. */
export function normalizeParams(params: Params): { params: Params; notices: UrlStateNotice[] } {
  const notices: UrlStateNotice[] = [];
  let next = params;
  if (params.t < T_MIN || params.t > T_MAX) {
    const t = Math.min(T_MAX, Math.max(T_MIN, params.t));
    notices.push({
      key: key('t'),
      message: `${key('t')}=${formatShort(params.t, 6)} is outside ${T_MIN}–${T_MAX}. Using ${t}.`,
    });
    next = { ...next, t };
  }
  const dk = params.q[0]?.length ?? 0;
  if (params.k[0]?.length !== dk || params.k.length !== params.v.length) {
    notices.push({
      key: key('q'),
      message:
        'Ignored the matrices in the link: Q and K need the same number of columns, and K and V ' +
        'the same number of rows. Using the example.',
    });
    next = { ...next, q: EXAMPLE_Q, k: EXAMPLE_K, v: EXAMPLE_V };
  }
  return { params: next, notices };
}
