// SoftmaxTemperature's parameters as they live in the URL (`softmax-temperature.<param>`).
// Each value is parsed with zod; a bad one is ignored with a notice. Two checks need more than
// one value or must report a value they kept (a clamp), so `extraNotices` adds those.
import * as z from 'zod/mini';
import { formatShort, parseNumber } from '../../ui/format';
import { urlKey } from '../../ui/useUrlState';
import type { ParamCodec, ParamCodecs, UrlStateNotice } from '../../ui/useUrlState';
import { SEED_MAX } from '../../ui/seed';

export const WIDGET_ID = 'softmax-temperature';

export const MIN_TOKENS = 2;
export const MAX_TOKENS = 20;
/** Logits beyond this are refused: the point (no overflow) is made long before. */
export const LOGIT_LIMIT = 1e6;
export const T_MIN = 0.05;
export const T_MAX = 10;
export const LABEL_MAX = 24;

// a type alias, not an interface: useUrlState needs it to be a Record<string, unknown>
export type Params = {
  logits: number[];
  labels: string[];
  t: number;
  /** Top-k; null when off. */
  k: number | null;
  /** Top-p mass in (0, 1]; null when off. */
  p: number | null;
  seed: number;
};

/** Names offered for new rows, in order: continuations of "The cat sat on the …". */
export const VOCABULARY = [
  'mat', 'floor', 'sofa', 'bed', 'rug', 'chair', 'table', 'roof', 'box', 'lap',
  'step', 'fence', 'ledge', 'couch', 'car', 'shelf', 'wall', 'grass', 'porch', 'sill',
] as const; // prettier-ignore

export const defaults: Params = {
  logits: [2, 1, 0.1],
  labels: ['mat', 'floor', 'sofa'],
  t: 1,
  k: null,
  p: null,
  seed: 42,
};

const quoted = (raw: string) => `“${raw.length > 12 ? `${raw.slice(0, 12)}…` : raw}”`;

/** Why `text` is not a usable logit, or its value. */
export function parseLogit(text: string): { value: number } | { error: string } {
  if (text.trim() === '') return { error: 'an entry is empty' };
  const value = parseNumber(text);
  if (value === null) {
    // "1e400" is a number to a person but Infinity to a double
    const overflows = Math.abs(Number(text.trim().replace(/\u2212/g, '-'))) === Infinity;
    return {
      error: overflows
        ? `${quoted(text)} is too large: beyond the largest double, about 1.8 × 10^308`
        : `${quoted(text)} is not a number`,
    };
  }
  if (Math.abs(value) > LOGIT_LIMIT) {
    return { error: `${quoted(text)} is outside −${formatShort(LOGIT_LIMIT)} to ${LOGIT_LIMIT}` };
  }
  return { value };
}

/** Why `text` is not a usable token label, or null when it is fine. */
export function labelProblem(text: string): string | null {
  if (text.trim() === '') return 'A token needs a name.';
  if (text.includes(',')) return 'Commas separate the names in the link; use another character.';
  if (text.length > LABEL_MAX) return `Use at most ${LABEL_MAX} characters.`;
  return null;
}

function listCodec<T>(parse: (part: string) => { value: T } | { error: string }): ParamCodec<T[]> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      };
      if (raw.trim() === '') return fail('it is empty');
      const parts = raw.split(',');
      if (parts.length > MAX_TOKENS) {
        return fail(`${parts.length} tokens is too many (the widget takes at most ${MAX_TOKENS})`);
      }
      const values: T[] = [];
      for (const part of parts) {
        const result = parse(part);
        if ('error' in result) return fail(result.error);
        values.push(result.value);
      }
      if (values.length < MIN_TOKENS) return fail(`softmax needs at least ${MIN_TOKENS} tokens`);
      return values;
    }),
  );
  return { schema, format: (values) => values.map(String).join(',') };
}

const logitsCodec = listCodec(parseLogit);

const labelsCodec = listCodec<string>((part) => {
  const problem = part.trim() === '' ? 'a name is empty' : labelProblem(part);
  return problem ? { error: problem.replace(/\.$/, '') } : { value: part.trim() };
});

/** A number parsed from the URL, or a failure message for the notice. */
function numberCodec<T>(
  read: (value: number | null, raw: string) => { value: T } | { error: string },
  format: (value: T) => string,
): ParamCodec<T> {
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = read(raw === 'off' ? null : parseNumber(raw), raw);
      if ('value' in result) return result.value;
      ctx.issues.push({ code: 'custom', message: result.error, input: raw });
      return z.NEVER;
    }),
  );
  return { schema, format };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

const tCodec = numberCodec<number>((value) => {
  if (value === null) return { error: 'the temperature must be a number' };
  if (value <= 0) {
    return { error: 'the temperature must be above 0 (T → 0 means always taking the top token)' };
  }
  return { value: clamp(value, T_MIN, T_MAX) };
}, String);

const kCodec = numberCodec<number | null>(
  (value, raw) => {
    if (raw === 'off') return { value: null };
    if (value === null || !Number.isInteger(value) || value < 1) {
      return { error: 'top-k must be a whole number from 1 up, or off' };
    }
    return { value: Math.min(value, MAX_TOKENS) };
  },
  (k) => (k === null ? 'off' : String(k)),
);

const pCodec = numberCodec<number | null>(
  (value, raw) => {
    if (raw === 'off') return { value: null };
    if (value === null || !(value > 0 && value <= 1)) {
      return { error: 'top-p must be above 0 and at most 1, or off' };
    }
    return { value };
  },
  (p) => (p === null ? 'off' : String(p)),
);

const seedCodec = numberCodec<number>((value) => {
  if (value === null || !Number.isInteger(value) || value < 0 || value > SEED_MAX) {
    return { error: `the seed must be a whole number from 0 to ${SEED_MAX}` };
  }
  return { value };
}, String);

export const codecs: ParamCodecs<Params> = {
  logits: logitsCodec,
  labels: labelsCodec,
  t: tCodec,
  k: kCodec,
  p: pCodec,
  seed: seedCodec,
};

/** Default names for n tokens: the three of the lesson, then more of the vocabulary. */
export function defaultLabels(n: number): string[] {
  return VOCABULARY.slice(0, n);
}

/** The labels to show: the given ones when they match the logits one for one, else defaults. */
export function reconcileLabels(logits: readonly number[], labels: readonly string[]): string[] {
  return labels.length === logits.length ? [...labels] : defaultLabels(logits.length);
}

/**
 * Notices the per-parameter codecs cannot give: labels whose count differs from the logits',
 * and values outside the allowed range that were clamped rather than ignored.
 */
export function extraNotices(search: string, state: Params): UrlStateNotice[] {
  const params = new URLSearchParams(search);
  const notices: UrlStateNotice[] = [];
  const labelsKey = urlKey(WIDGET_ID, 'labels');
  if (params.has(labelsKey) && state.labels.length !== state.logits.length) {
    notices.push({
      key: `${labelsKey}:count`,
      message: `Ignored ${labelsKey}: ${state.labels.length} names for ${state.logits.length} logits. Using default names.`,
    });
  }
  const tKey = urlKey(WIDGET_ID, 't');
  const rawT = parseNumber(params.get(tKey) ?? '');
  if (rawT !== null && rawT > 0 && rawT !== state.t) {
    const bound = rawT > T_MAX ? 'above the largest' : 'below the smallest';
    notices.push({
      key: `${tKey}:clamp`,
      message: `${tKey}=${formatShort(rawT)} is ${bound} temperature the widget shows; using T = ${state.t}.`,
    });
  }
  const kKey = urlKey(WIDGET_ID, 'k');
  const rawK = parseNumber(params.get(kKey) ?? '');
  if (rawK !== null && Number.isInteger(rawK) && rawK > MAX_TOKENS) {
    notices.push({
      key: `${kKey}:clamp`,
      message: `${kKey}=${formatShort(rawK)} is more than the ${MAX_TOKENS} tokens the widget holds; using k = ${MAX_TOKENS} (keeps every token).`,
    });
  }
  return notices;
}
