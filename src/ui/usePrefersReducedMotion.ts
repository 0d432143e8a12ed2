import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

// one MediaQueryList per page, since getSnapshot runs on every render of every widget using
// it; made again only if matchMedia itself is replaced (tests stub it)
let cached: { source: unknown; list: MediaQueryList | null } | null = null;
function media(): MediaQueryList | null {
  // compared by identity only, never called unbound
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const source: unknown = window.matchMedia;
  if (cached !== null && cached.source === source) return cached.list;
  // some test environments and very old browsers have no matchMedia: "no preference" there
  const list = typeof source === 'function' ? window.matchMedia(query) : null;
  cached = { source, list };
  return list;
}

function subscribe(onChange: () => void): () => void {
  const current = media();
  current?.addEventListener('change', onChange);
  return () => current?.removeEventListener('change', onChange);
}

const prefersReduced = () => media()?.matches ?? false;

/**
 * True when the reader's system asks for reduced motion; widgets then skip autoplay and
 * animation. Follows changes to the setting while the page is open.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReduced, () => false);
}
