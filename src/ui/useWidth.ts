import { useEffect, useRef, useState } from 'react';

/**
 * The element's width in CSS pixels, followed with a ResizeObserver, so a chart can draw at its
 * real size: axis labels stay 12 px on a phone instead of shrinking with a scaled viewBox.
 * The first width comes from the observer's first report, after the browser's own layout:
 * measuring in the mount effect instead forced a layout of the whole page (80 ms at 4× CPU on
 * the attention lesson, while its later blocks were still arriving).
 * @param fallback the width before the first measurement (and where there is no ResizeObserver).
 */
export function useWidth<T extends Element>(fallback = 480) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // layout is up to date when the observer reports, so reading the box here costs nothing
    const observer = new ResizeObserver(() => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
