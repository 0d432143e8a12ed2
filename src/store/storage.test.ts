// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const realStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');

/** Replaces window.localStorage: a getter that throws (disabled) or a fake object. */
function stubStorage(get: () => Storage) {
  Object.defineProperty(window, 'localStorage', { configurable: true, get });
}

afterEach(() => {
  if (realStorage) Object.defineProperty(window, 'localStorage', realStorage);
  vi.resetModules();
  window.localStorage.clear();
});

async function freshStorage() {
  return import('./storage');
}

describe('safeStorage', () => {
  it('reads and writes localStorage when it works', async () => {
    const { safeStorage, getStorageProblem } = await freshStorage();
    safeStorage.setItem('k', 'v');
    expect(window.localStorage.getItem('k')).toBe('v');
    expect(safeStorage.getItem('k')).toBe('v');
    expect(getStorageProblem()).toBeNull();
  });

  it('keeps working in memory and reports once when storage throws (disabled)', async () => {
    const { safeStorage, getStorageProblem, subscribeStorageProblem } = await freshStorage();
    const heard: unknown[] = [];
    subscribeStorageProblem((p) => heard.push(p));
    stubStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => safeStorage.setItem('k', 'v')).not.toThrow();
    expect(safeStorage.getItem('k')).toBe('v');
    safeStorage.setItem('k2', 'v2');
    expect(getStorageProblem()).toBe('unavailable');
    expect(heard).toEqual(['unavailable']);
  });

  it('reports a full quota as its own problem', async () => {
    const { safeStorage, getStorageProblem } = await freshStorage();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    stubStorage(() => full);
    safeStorage.setItem('k', 'v');
    expect(getStorageProblem()).toBe('quota');
    expect(safeStorage.getItem('k')).toBe('v');
  });
});

describe('useSettings', () => {
  it('remembers the theme through storage', async () => {
    const { useSettings, SETTINGS_KEY } = await import('./settings');
    useSettings.getState().setTheme('dark');
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}')).toMatchObject({
      state: { theme: 'dark' },
      version: 1,
    });
  });

  it('starts from the defaults when stored settings are corrupt or invalid', async () => {
    window.localStorage.setItem('math-for-ml:settings', '{not json');
    const first = await import('./settings');
    await first.useSettings.persist.rehydrate();
    expect(first.useSettings.getState().theme).toBe('system');

    window.localStorage.setItem(
      'math-for-ml:settings',
      JSON.stringify({ state: { theme: '<script>' }, version: 1 }),
    );
    await first.useSettings.persist.rehydrate();
    expect(first.useSettings.getState().theme).toBe('system');
  });

  it('reads a stored choice back', async () => {
    window.localStorage.setItem(
      'math-for-ml:settings',
      JSON.stringify({ state: { theme: 'light' }, version: 1 }),
    );
    const { useSettings } = await import('./settings');
    await useSettings.persist.rehydrate();
    expect(useSettings.getState().theme).toBe('light');
  });
});
