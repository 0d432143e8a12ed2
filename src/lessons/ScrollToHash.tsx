import { useEffect } from 'react';
import { useLocation } from '../ui/router';

/** Scrolls to the URL's #heading once the lesson body exists (deep links and reloads). */
export function ScrollToHash() {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash) {
      window.scrollTo(0, 0);
      return;
    }
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }, [hash, key]);
  return null;
}
