// The one module that touches localStorage. Browsers throw from it when storage is disabled,
// in some private modes and when the quota is full; the guide must keep working in memory then
// and say once that progress cannot be saved.

export interface SafeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /** setItem that says whether the value reached localStorage (false: memory only). */
  trySetItem(key: string, value: string): boolean;
  removeItem(key: string): void;
}

export type StorageProblem = 'unavailable' | 'quota' | null;

type Listener = (problem: StorageProblem) => void;

const memory = new Map<string, string>();
// keys whose latest write only reached memory: storage holds an older value (or none) for them
const unsaved = new Set<string>();
const listeners = new Set<Listener>();
let problem: StorageProblem = null;

function report(next: StorageProblem): void {
  if (problem === next) return;
  problem = next;
  for (const listener of listeners) listener(problem);
}

function backing(): Storage | null {
  try {
    // reading the property itself throws when storage is disabled
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** localStorage when it works, an in-memory map when it does not; never throws. */
export const safeStorage: SafeStorage = {
  getItem(key) {
    if (unsaved.has(key)) return memory.get(key) ?? null;
    const store = backing();
    if (store) {
      try {
        return store.getItem(key);
      } catch {
        report('unavailable');
      }
    } else {
      report('unavailable');
    }
    return memory.get(key) ?? null;
  },
  setItem(key, value) {
    safeStorage.trySetItem(key, value);
  },
  trySetItem(key, value) {
    memory.set(key, value);
    const store = backing();
    if (!store) {
      unsaved.add(key);
      report('unavailable');
      return false;
    }
    try {
      store.setItem(key, value);
      unsaved.delete(key);
      return true;
    } catch (error) {
      unsaved.add(key);
      const quota = error instanceof DOMException && /quota/i.test(error.name);
      report(quota ? 'quota' : 'unavailable');
      return false;
    }
  },
  removeItem(key) {
    memory.delete(key);
    unsaved.delete(key);
    try {
      backing()?.removeItem(key);
    } catch {
      report('unavailable');
    }
  },
};

export function getStorageProblem(): StorageProblem {
  return problem;
}

export function subscribeStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Calls `listener` with the new text whenever another tab writes `key` (null when it was
 * removed). The browser never reports a tab's own writes, so there is no echo to filter.
 */
export function subscribeExternalChange(
  key: string,
  listener: (newValue: string | null) => void,
): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => {
    // key null: another tab called clear(); our in-memory state is written back on the next change
    if (event.key !== key) return;
    listener(event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
