// The page's only entry script, kept tiny. A prerendered page (scripts/prerender.mjs) is
// readable before any JavaScript runs, so the browser paints it first; React and the app are
// fetched and evaluated after that first frame. Evaluating them earlier held the first paint
// back on a slow phone (Lighthouse counted the entry chunk in first contentful paint).
// The stylesheets are imported here, by the entry, so they stay render-blocking links in the HTML.
import 'katex/dist/katex.min.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/lesson.css';
import '../styles/widget.css';
import { SETTINGS_KEY, storedTheme } from '../store/keys';
import { safeStorage } from '../store/storage';

function applyStoredTheme(): void {
  const system = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = storedTheme(safeStorage.getItem(SETTINGS_KEY)) ?? system;
}

const afterFirstPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function boot(): Promise<void> {
  applyStoredTheme();
  if (document.getElementById('root')?.dataset.prerendered !== undefined) await afterFirstPaint();
  // React DOM first, in its own task: evaluated together with the app it was one long task
  await import('react-dom/client');
  await import('./main');
}

void boot();
