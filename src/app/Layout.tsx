import { useState } from 'react';
import type { MouseEvent } from 'react';
import { Link, NavLink, Outlet, useLocation } from '../ui/router';
import { lessons } from '../lessons/catalog';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { OfflineSupport } from './OfflineSupport';
import { StorageNotice } from './StorageNotice';
import { StudyNav } from './StudyNav';
import { ThemeToggle } from './ThemeToggle';
import { SearchButton } from './search/SearchButton';
import { useApplyTheme } from './theme';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // focus <main> without changing the URL hash (the hash belongs to lesson headings)
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}

function LessonNav({ onNavigate }: { onNavigate: () => void }) {
  return (
    <nav className="lesson-nav" aria-label="Lessons">
      <p className="lesson-nav__title">Lessons</p>
      <ol>
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <NavLink to={`/lessons/${lesson.slug}`} onClick={onNavigate}>
              <span className="lesson-nav__number" aria-hidden="true">
                {lesson.order}
              </span>
              {lesson.title}
            </NavLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function RouteError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="route-error" role="alert">
      <h1>Something went wrong on this page</h1>
      <p>The rest of the guide still works. The problem was: {error.message}</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>{' '}
      <Link to="/">Back to the map</Link>
    </div>
  );
}

export function Layout() {
  useApplyTheme();
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // close the narrow-screen menu whenever the route changes (links, back, forward)
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <button
          type="button"
          className="icon-button menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-sidebar"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> Menu
        </button>
        <Link to="/" className="site-title">
          Math for ML
        </Link>
        <nav className="site-nav" aria-label="Site">
          <NavLink to="/reference">Identities</NavLink>
          <NavLink to="/glossary">Glossary</NavLink>
        </nav>
        <StudyNav placement="header" />
        <div className="site-header__actions">
          <SearchButton />
          <ThemeToggle />
        </div>
      </header>
      <StorageNotice />
      <OfflineSupport />
      <div className="shell">
        <aside id="site-sidebar" className={`sidebar${menuOpen ? ' sidebar--open' : ''}`}>
          <StudyNav placement="menu" />
          <LessonNav onNavigate={() => setMenuOpen(false)} />
        </aside>
        <main id="main" tabIndex={-1}>
          <ErrorBoundary
            key={pathname}
            fallback={(error, reset) => <RouteError error={error} reset={reset} />}
          >
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <footer className="site-footer">
        <p>
          Every number on these pages is computed by the guide&apos;s own math core and checked
          against NumPy and SciPy.
        </p>
      </footer>
    </div>
  );
}
