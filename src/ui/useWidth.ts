import { useEffect, useRef, useState } from 'react';

/**
 * The element's width in CSS pixels, followed with a ResizeObserver, so a chart can draw at its
 * real size: axis labels stay 12 px on a phone instead of shrinking with a scaled viewBox.
 * @param fallback the width before the first measurement (and where there is no ResizeObserver).
 */
export function useWidth<T extends Element>(fallback = 480) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
