import { useSettings } from '../store/settings';
import { useResolvedTheme } from './theme';

const selectSetTheme = (s: { setTheme: (t: 'light' | 'dark') => void }) => s.setTheme;

export function ThemeToggle() {
  const theme = useResolvedTheme();
  const setTheme = useSettings(selectSetTheme);
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => setTheme(next)}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="theme-toggle__label">Dark theme</span>
    </button>
  );
}
