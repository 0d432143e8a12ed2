// CrossEntropyCurve's parameters as they live in the URL (`cross-entropy-curve.<param>`). Each
// value is parsed with zod; a bad one is ignored with a notice. Probabilities that do not sum to
// 1 are divided by their sum, and `extraNotices` says so.
import * as z from 'zod/mini';
import { formatShort, parseNumber } from '../../ui/format';
import { enumCodec, numberListCodec, urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { CLASSES, EPSILONS, normalise } from './model';
import type { BarMode, Epsilon } from './model';

export const WIDGET_ID = 'cross-entropy-curve';
/** Logits are limited to ±LOGIT_LIMIT: softmax is stable far beyond, but the bars say nothing new. */
export const LOGIT_LIMIT = 50;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  /** Probability of the true class on the curve. */
  q: number;
  eps: Epsilon;
  mode: BarMode;
  probs: number[];
  logits: number[];
  target: number;
};

export const defaults: Params = {
  q: 0.7,
  eps: '1e-15',
  // the lesson's worked example: logits [1, 3, 1], true class 1 → 0.2395
  mode: 'logits',
  probs: [0.9, 0.05, 0.05],
  logits: [1, 3, 1],
  target: 1,
};

/** A single number from the URL, checked by `read`. */
function numberCodec(read: (value: number | null) => { value: number } | { error: string }) {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = read(parseNumber(raw));
      if ('value' in result) return result.value;
      ctx.issues.push({ code: 'custom', message: result.error, input: raw });
      return z.NEVER;
    }),
  );
  return { schema, format: String } satisfies ParamCodec<number>;
}

const qCodec = numberCodec((q) =>
  q !== null && q >= 0 && q <= 1
    ? { value: q }
    : { error: 'a probability must be a number from 0 to 1' },
);

const targetCodec = numberCodec((t) =>
  t !== null && Number.isInteger(t) && t >= 0 && t < CLASSES
    ? { value: t }
    : { error: `the true class must be 0, 1 or 2` },
);

const rawProbs = numberListCodec({ length: CLASSES, min: 0, max: 1e6 });
const probsCodec: ParamCodec<number[]> = {
  schema: z.pipe(
    rawProbs.schema,
    z.transform((weights: number[], ctx) => {
      const p = normalise(weights);
      if (p) return p;
      ctx.issues.push({
        code: 'custom',
        message: 'all three are 0, which is no distribution',
        input: weights,
      });
      return z.NEVER;
    }),
  ),
  format: rawProbs.format,
};

export const codecs: ParamCodecs<Params> = {
  q: qCodec,
  eps: enumCodec(EPSILONS),
  mode: enumCodec(['probs', 'logits'] as const),
  probs: probsCodec,
  logits: numberListCodec({ length: CLASSES, min: -LOGIT_LIMIT, max: LOGIT_LIMIT }),
  target: targetCodec,
};

/** Probabilities in the URL that were accepted but had to be divided by their sum. */
export function extraNotices(search: string): UrlStateNotice[] {
  const key = urlKey(WIDGET_ID, 'probs');
  const raw = new URLSearchParams(search).get(key);
  if (raw === null) return [];
  const parsed = rawProbs.schema.safeParse(raw);
  if (!parsed.success) return [];
  const sum = parsed.data.reduce((s, w) => s + w, 0);
  if (!(sum > 0) || Math.abs(sum - 1) <= 1e-9) return [];
  return [
    {
      key: `${key}:sum`,
      message: `${key}=${raw.slice(0, 40)} sums to ${formatShort(sum, 6)}, not 1, so each entry was divided by ${formatShort(sum, 6)}.`,
    },
  ];
}
