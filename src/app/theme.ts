import { useEffect, useSyncExternalStore } from 'react';
import { selectTheme, useSettings } from '../store/settings';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeSystem(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia(darkQuery).matches;

/** The theme actually shown: the stored choice, or the system's when none was made. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useSettings(selectTheme);
  const systemDark = useSyncExternalStore(subscribeSystem, systemPrefersDark, () => false);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** Mirrors the resolved theme onto <html data-theme> for the CSS variables. */
export function useApplyTheme(): void {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
}
