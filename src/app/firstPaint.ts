// When src/app/boot.ts may start fetching the app: after the prerendered page's first paint.

/** The longest the app waits for a first paint that does not come (a hidden tab, say). */
export const FIRST_PAINT_WAIT_MS = 3000;

/**
 * Resolves once the browser reports the page's first contentful paint: the paint entry comes
 * when the frame has been presented, not when it was drawn. A requestAnimationFrame callback came
 * before that; in headless Chromium 150 the first frame was presented a second after it was
 * drawn, and the app's download and evaluation, started at the callback, were counted in first
 * contentful paint. Where paint timing is missing, the frame callback stays the signal.
 */
export function afterFirstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
    if (PerformanceObserver.supportedEntryTypes.includes('paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(done, 0));
    }
  });
}
