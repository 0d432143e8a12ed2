import { Suspense, lazy, useEffect, useState } from 'react';

const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

/**
 * Registers the service worker once the page has loaded (production builds only), then shows
 * the update prompt when a new build is deployed. Nothing of this is in the first-load chunk.
 */
export function OfflineSupport() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
    let cancelled = false;
    const start = () => {
      void import('./pwa').then(({ startServiceWorker }) => {
        if (cancelled) return;
        startServiceWorker();
        setReady(true);
      });
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', start);
    };
  }, []);
  return ready ? (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  ) : null;
}
