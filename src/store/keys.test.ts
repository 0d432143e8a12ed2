import { describe, expect, it } from 'vitest';
import { storedTheme } from './keys';

describe('storedTheme', () => {
  it('reads the theme the settings store persisted', () => {
    expect(storedTheme(JSON.stringify({ state: { theme: 'dark' }, version: 1 }))).toBe('dark');
    expect(storedTheme(JSON.stringify({ state: { theme: 'light' }, version: 1 }))).toBe('light');
  });

  it('answers null for "system", nothing stored and anything unreadable', () => {
    for (const raw of [
      null,
      JSON.stringify({ state: { theme: 'system' }, version: 1 }),
      '{not json',
      'null',
      '42',
      JSON.stringify({ state: null }),
      JSON.stringify({ state: { theme: 'purple' } }),
      JSON.stringify({ theme: 'dark' }),
    ]) {
      expect(storedTheme(raw)).toBeNull();
    }
  });
});
