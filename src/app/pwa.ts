// Service-worker registration, loaded after the page is up (never in the first-load chunk).
import { registerSW } from 'virtual:pwa-register';
import { useSyncExternalStore } from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();
let state: { needRefresh: boolean; offlineReady: boolean } = {
  needRefresh: false,
  offlineReady: false,
};
let update: ((reload?: boolean) => Promise<void>) | null = null;

function set(next: Partial<typeof state>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function startServiceWorker(): void {
  update = registerSW({
    onNeedRefresh: () => set({ needRefresh: true }),
    onOfflineReady: () => set({ offlineReady: true }),
  });
}

export function usePwaState() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

export function applyUpdate(): void {
  void update?.(true);
}

export function dismiss(): void {
  set({ needRefresh: false, offlineReady: false });
}
