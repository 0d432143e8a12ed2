import { Suspense, lazy, use, useEffect } from 'react';
import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from '../ui/router';
import { LessonPage } from '../lessons/LessonPage';
import { NotFoundPage } from '../lessons/NotFoundPage';
import { Layout } from './Layout';
import { ProgressRoute, ReviewRoute } from './studyRoutes';
import { settledPromise } from '../ui/settledPromise';
import type * as HomeModuleType from './HomePage';

const ReferencePage = lazy(() => import('../lessons/ReferencePage'));
const GlossaryPage = lazy(() => import('../lessons/GlossaryPage'));

type HomeModule = typeof HomeModuleType;

let homePage: Promise<HomeModule> | undefined;

/**
 * The map is its own chunk (a lesson visit never needs it); src/app/main.tsx loads it before the
 * first render when it takes over the map's prerendered HTML.
 */
export function loadHomePage(): Promise<HomeModule> {
  homePage ??= settledPromise(import('./HomePage'));
  return homePage;
}

function HomeRoute() {
  const { HomePage } = use(loadHomePage());
  return <HomePage />;
}

/** Pages that are their own lazy chunk. */
function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="lesson__loading">Loading…</p>}>{children}</Suspense>;
}

export function App() {
  // the first commit replaced the prerendered snapshot (src/app/main.tsx): from now on the page
  // is live, and tests or tools waiting for that look for this attribute to go
  useEffect(() => {
    document.getElementById('root')?.removeAttribute('data-prerendered');
  }, []);
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route
            index
            element={
              <Lazy>
                <HomeRoute />
              </Lazy>
            }
          />
          <Route path="lessons/:slug" element={<LessonPage />} />
          <Route path="review" element={<ReviewRoute />} />
          <Route path="progress" element={<ProgressRoute />} />
          <Route
            path="reference"
            element={
              <Lazy>
                <ReferencePage />
              </Lazy>
            }
          />
          <Route
            path="glossary"
            element={
              <Lazy>
                <GlossaryPage />
              </Lazy>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
