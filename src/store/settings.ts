import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import { SETTINGS_KEY } from './keys';
import { safeStorage } from './storage';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SettingsState {
  /** 'system' follows prefers-color-scheme; the toggle stores an explicit choice. */
  theme: ThemeChoice;
}

export interface SettingsActions {
  setTheme: (theme: ThemeChoice) => void;
}

const storedSettings = z.object({ theme: z.enum(['system', 'light', 'dark']) });

export { SETTINGS_KEY };

/** Validates whatever storage held; anything unexpected falls back to the defaults. */
function sanitize(persisted: unknown): SettingsState {
  const parsed = storedSettings.safeParse(persisted);
  return parsed.success ? parsed.data : { theme: 'system' };
}

export const useSettings = create<SettingsState & SettingsActions>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => ({
        getItem: (key) => {
          const raw = safeStorage.getItem(key);
          if (raw === null) return null;
          try {
            JSON.parse(raw);
            return raw;
          } catch {
            // corrupt settings are not worth a backup: they hold one preference
            return null;
          }
        },
        setItem: (key, value) => safeStorage.setItem(key, value),
        removeItem: (key) => safeStorage.removeItem(key),
      })),
      partialize: (state) => ({ theme: state.theme }),
      migrate: (persisted) => sanitize(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);

export const selectTheme = (state: SettingsState) => state.theme;
