import { describe, expect, it } from 'vitest';
import { formatInterval, formatWhen, startOfLocalDay } from './format';

const minute = 60_000;
const day = 24 * 60 * minute;

describe('review time formats', () => {
  it('rounds intervals to the unit a reader thinks in', () => {
    expect(formatInterval(30_000)).toBe('under 1 min');
    expect(formatInterval(10 * minute)).toBe('10 min');
    expect(formatInterval(60 * minute)).toBe('1 hour');
    expect(formatInterval(5 * 60 * minute)).toBe('5 hours');
    expect(formatInterval(day)).toBe('1 day');
    expect(formatInterval(3.4 * day)).toBe('3 days');
    expect(formatInterval(61 * day)).toBe('2 months');
    expect(formatInterval(800 * day)).toBe('2.2 years');
  });

  it('says today or tomorrow, relative to now', () => {
    const now = startOfLocalDay(Date.UTC(2025, 0, 6, 12)) + 10 * 60 * minute;
    expect(formatWhen(now + 5 * minute, now)).toMatch(/^in 5 min \(today at /);
    expect(formatWhen(startOfLocalDay(now) + day + 9 * 60 * minute, now)).toMatch(
      /^in 23 hours \(tomorrow at /,
    );
    expect(formatWhen(now + 3 * day, now)).toMatch(/^in 3 days \(on /);
    expect(formatWhen(now - minute, now)).toMatch(/^now \(today/);
  });
});
