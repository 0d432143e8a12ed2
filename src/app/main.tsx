import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadHomePage } from './App';
import { preloadLesson } from '../lessons/LessonPage';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// as a transition, React renders the first page in slices of a few milliseconds instead of one
// long task (Lighthouse's total blocking time); the commit that swaps the snapshot is one step
const render = () => {
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
};

// A prerendered page (scripts/prerender.mjs) already shows this route's first render. React
// replaces it when it first commits, so that commit must be the same page: load the lesson (or
// map) chunk first, then the swap is invisible. Another route's snapshot (the service worker answers offline
// navigations with /index.html) is dropped at once.
const prerendered = root.dataset.prerendered;
const path = window.location.pathname.replace(/(.)\/$/, '$1');
if (prerendered !== undefined && prerendered !== path) root.replaceChildren();
const slug = /^\/lessons\/([^/]+)$/.exec(path)?.[1];
if (prerendered === path && slug !== undefined) {
  void preloadLesson(slug).then(render);
} else if (prerendered === path && path === '/') {
  void loadHomePage().then(render, render);
} else {
  render();
}
