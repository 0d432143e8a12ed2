import { useEffect } from 'react';
import { useLocation } from '../ui/router';

/** The location the page was opened at: its scroll position is the browser's and the reader's. */
let openedAt: string | null = null;

/**
 * Scroll handling for a page: a navigation inside the app (a new location without a #hash)
 * starts at the top, at once; a #heading is scrolled to once the content exists (`ready`: a
 * lesson body renders in steps). The page as first opened is never scrolled to the top, so a
 * reader who starts scrolling while the lesson is still rendering stays where they are.
 */
export function ScrollToHash({ ready = true }: { ready?: boolean }) {
  const { hash, key } = useLocation();
  useEffect(() => {
    openedAt ??= key;
    if (!hash && key !== openedAt) window.scrollTo(0, 0);
  }, [hash, key]);
  useEffect(() => {
    if (!hash || !ready) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }, [hash, key, ready]);
  return null;
}
