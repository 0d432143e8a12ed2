import { useEffect, useRef, useState } from 'react';

/** An element's width in CSS pixels and the device pixel ratio it is drawn at. */
export interface Box {
  width: number;
  dpr: number;
}

/**
 * The element's width in CSS pixels, followed with a ResizeObserver, and the device pixel ratio,
 * which changes when the reader zooms (browsers fire "resize" then), so a chart or a canvas can
 * draw at its real size: axis labels stay 12 px on a phone instead of shrinking with a scaled
 * viewBox, and a canvas stays sharp. The first width comes from the observer's first report,
 * after the browser's own layout: measuring in the mount effect instead forced a layout of the
 * whole page (80 ms at 4× CPU on the attention lesson, while its later blocks were arriving).
 * @param fallback the width before the first measurement (and where there is no ResizeObserver).
 */
export function useBox<T extends Element>(fallback = 480) {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<Box>({ width: fallback, dpr: 1 });
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // layout is up to date when the observer reports, so reading the box here costs nothing
    const measure = () => {
      const width = Math.round(element.getBoundingClientRect().width);
      const dpr = window.devicePixelRatio || 1;
      setBox((b) => (width <= 0 || (b.width === width && b.dpr === dpr) ? b : { width, dpr }));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return [ref, box] as const;
}

/** The element's width in CSS pixels (see useBox). */
export function useWidth<T extends Element>(fallback = 480) {
  const [ref, box] = useBox<T>(fallback);
  return [ref, box.width] as const;
}
