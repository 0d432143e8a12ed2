// Storage keys and the one read that must happen before the app loads (src/app/boot.ts).

/** localStorage key of the reader's settings (the theme). */
export const SETTINGS_KEY = 'math-for-ml:settings';

/**
 * The theme the reader chose, from the settings store's persisted JSON ({ state: { theme } }),
 * or null for "follow the system" and for anything unreadable. Read without the store (zustand,
 * zod) so the first frame has the right colours before the app is loaded.
 */
export function storedTheme(raw: string | null): 'light' | 'dark' | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const state =
    typeof parsed === 'object' && parsed !== null && 'state' in parsed ? parsed.state : null;
  const theme =
    typeof state === 'object' && state !== null && 'theme' in state ? state.theme : null;
  return theme === 'light' || theme === 'dark' ? theme : null;
}
