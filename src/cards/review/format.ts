// Times in words for the review screens: "10 min", "3 days"; "today at 14:05", "tomorrow at 9:00".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A positive duration, rounded to the unit a reader thinks in. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return 'under 1 min';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
  const days = ms / DAY;
  if (days < 30.5) return plural(Math.round(days), 'day');
  if (days < 365) return plural(Math.round(days / 30.4), 'month');
  return `${(Math.round((days / 365) * 10) / 10).toString()} years`;
}

/** Midnight at the start of `at`'s local day. */
export function startOfLocalDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** When something happens, relative to `now`: "in 5 min (today at 14:05)". */
export function formatWhen(at: number, now: number): string {
  const time = timeFormat.format(at);
  const dayDiff = Math.round((startOfLocalDay(at) - startOfLocalDay(now)) / DAY);
  const day =
    dayDiff === 0
      ? `today at ${time}`
      : dayDiff === 1
        ? `tomorrow at ${time}`
        : `on ${dayFormat.format(at)} at ${time}`;
  return at <= now ? `now (${day})` : `in ${formatInterval(at - now)} (${day})`;
}
