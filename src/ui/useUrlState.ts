// Widget parameters live in the page URL under `<widget-id>.<param>` so a state can be shared.
// Values are parsed with zod; a value that does not parse is ignored (the default is used) and
// reported as a notice. Writes are debounced: browsers throttle rapid history.replaceState.
import { useCallback, useEffect, useState } from 'react';
import * as z from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';

/** How one parameter is read from and written to the URL. */
export interface ParamCodec<T> {
  schema: ZodMiniType<T, string>;
  format: (value: T) => string;
}

export type ParamCodecs<T> = { [K in keyof T]: ParamCodec<T[K]> };

export interface UrlStateNotice {
  key: string;
  message: string;
}

const shown = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

/** A comma-separated list of finite numbers, e.g. `1.5,-2`, with optional length and range. */
export function numberListCodec(options: {
  length?: number;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
}): ParamCodec<number[]> {
  const { length, minLength = 1, maxLength = 64, min = -Infinity, max = Infinity } = options;
  const schema = z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const parts = raw.split(',').map((p) => p.trim());
      const values = parts.map((p) =>
        /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(p) ? Number(p) : NaN,
      );
      const fail = (message: string) => {
        ctx.issues.push({ code: 'custom', message, input: raw });
        return z.NEVER;
      };
      if (values.some((v) => !Number.isFinite(v)))
        return fail('expected numbers separated by commas');
      if (length !== undefined && values.length !== length) {
        return fail(`expected ${length} numbers, got ${values.length}`);
      }
      if (values.length < minLength || values.length > maxLength) {
        return fail(`expected between ${minLength} and ${maxLength} numbers`);
      }
      if (values.some((v) => v < min || v > max))
        return fail(`each number must be between ${min} and ${max}`);
      return values;
    }),
  );
  return { schema, format: (values) => values.map((v) => String(v)).join(',') };
}

/** Keys in the current URL that belong to `widgetId`. */
export function urlKey(widgetId: string, param: string): string {
  return `${widgetId}.${param}`;
}

export function readUrlState<T extends Record<string, unknown>>(
  widgetId: string,
  codecs: ParamCodecs<T>,
  defaults: T,
  search: string,
): { state: T; notices: UrlStateNotice[] } {
  const params = new URLSearchParams(search);
  const state = { ...defaults };
  const notices: UrlStateNotice[] = [];
  for (const param of Object.keys(codecs) as (keyof T & string)[]) {
    const key = urlKey(widgetId, param);
    const raw = params.get(key);
    if (raw === null) continue;
    const parsed = codecs[param].schema.safeParse(raw);
    if (parsed.success) {
      state[param] = parsed.data;
    } else {
      const reason = parsed.error.issues[0]?.message ?? 'not a valid value';
      notices.push({ key, message: `Ignored ${key}=${shown(raw)}: ${reason}. Using the default.` });
    }
  }
  return { state, notices };
}

/** The URL for `state`: defaults are left out so shared links stay short. */
export function buildUrl<T extends Record<string, unknown>>(
  widgetId: string,
  codecs: ParamCodecs<T>,
  defaults: T,
  state: T,
  href: string,
): string {
  const url = new URL(href);
  for (const param of Object.keys(codecs) as (keyof T & string)[]) {
    const key = urlKey(widgetId, param);
    const codec = codecs[param];
    const text = codec.format(state[param]);
    if (text === codec.format(defaults[param])) url.searchParams.delete(key);
    else url.searchParams.set(key, text);
  }
  return url.toString();
}

/** Removes every `<widgetId>.*` key from the URL (used by "reset widget"). */
export function clearUrlState(widgetId: string): void {
  const url = new URL(window.location.href);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith(`${widgetId}.`)) url.searchParams.delete(key);
  }
  window.history.replaceState(window.history.state, '', url);
}

export interface UrlState<T> {
  state: T;
  setState: (update: T | ((previous: T) => T)) => void;
  notices: UrlStateNotice[];
  dismissNotices: () => void;
  reset: () => void;
  /** The shareable URL of the current state (not waiting for the debounced write). */
  shareUrl: () => string;
}

/**
 * URL-backed widget state. `codecs` and `defaults` must be stable (module-level constants).
 */
export function useUrlState<T extends Record<string, unknown>>(
  widgetId: string,
  codecs: ParamCodecs<T>,
  defaults: T,
): UrlState<T> {
  const [initial] = useState(() =>
    typeof window === 'undefined'
      ? { state: defaults, notices: [] }
      : readUrlState(widgetId, codecs, defaults, window.location.search),
  );
  const [state, setState] = useState<T>(initial.state);
  const [notices, setNotices] = useState<UrlStateNotice[]>(initial.notices);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const next = buildUrl(widgetId, codecs, defaults, state, window.location.href);
      if (next !== window.location.href)
        window.history.replaceState(window.history.state, '', next);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [widgetId, codecs, defaults, state]);

  const dismissNotices = useCallback(() => setNotices([]), []);
  const reset = useCallback(() => {
    setState(defaults);
    setNotices([]);
  }, [defaults]);
  const shareUrl = useCallback(
    () => buildUrl(widgetId, codecs, defaults, state, window.location.href),
    [widgetId, codecs, defaults, state],
  );
  return { state, setState, notices, dismissNotices, reset, shareUrl };
}

/** One of a fixed set of words, e.g. `cosine` or `dot`. */
export function enumCodec<const V extends readonly [string, ...string[]]>(
  values: V,
): ParamCodec<V[number]> {
  return {
    schema: z.pipe(z.string(), z.enum(values, { error: `expected one of ${values.join(', ')}` })),
    format: (value) => value,
  };
}

/** The URL-state props WidgetFrame takes. */
export interface FrameUrlProps {
  widgetId: string;
  notices: readonly UrlStateNotice[];
  onDismissNotices: () => void;
  onReset: () => void;
  shareUrl: () => string;
}

/**
 * A widget's URL state plus the notices it finds in the link on its own (a value clamped to the
 * widget's maximum, a list cut to its length), with `frame`: the props to spread on WidgetFrame.
 * Dismissing the notices or resetting the widget clears both kinds. A widget that keeps more
 * (a running animation, a count) passes its own onReset after the spread and calls frame.onReset.
 */
export function useWidgetUrlState<T extends Record<string, unknown>>(
  widgetId: string,
  codecs: ParamCodecs<T>,
  defaults: T,
  linkNotices: (search: string, state: T) => UrlStateNotice[],
): UrlState<T> & { frame: FrameUrlProps } {
  const url = useUrlState(widgetId, codecs, defaults);
  const [extra, setExtra] = useState<UrlStateNotice[]>(() =>
    typeof window === 'undefined' ? [] : linkNotices(window.location.search, url.state),
  );
  const frame: FrameUrlProps = {
    widgetId,
    notices: [...url.notices, ...extra],
    onDismissNotices: () => {
      url.dismissNotices();
      setExtra([]);
    },
    onReset: () => {
      url.reset();
      setExtra([]);
    },
    shareUrl: url.shareUrl,
  };
  return { ...url, frame };
}
