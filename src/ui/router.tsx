// A small history router: the subset of react-router's API this guide uses (BrowserRouter,
// MemoryRouter, Routes/Route with one layout level, Outlet, Link, NavLink, useLocation,
// useParams, useNavigate, useSearchParams). react-router was 13 kB gzip of every first load; this
// is under 2 kB, which keeps lesson pages inside their JS budget.
import {
  Children,
  createContext,
  isValidElement,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { AnchorHTMLAttributes, MouseEvent, ReactElement, ReactNode } from 'react';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  /** Changes on every navigation, even to the same URL. */
  key: string;
}

export interface NavigateOptions {
  replace?: boolean;
}

interface RouterValue {
  location: Location;
  navigate: (to: string | number, options?: NavigateOptions) => void;
}

const RouterContext = createContext<RouterValue | null>(null);
const OutletContext = createContext<ReactNode>(null);
const ParamsContext = createContext<Record<string, string>>({});

let keyCounter = 0;
const nextKey = () => (++keyCounter).toString(36);

function parse(href: string, key = nextKey()): Location {
  const url = new URL(href, 'http://localhost');
  return { pathname: url.pathname, search: url.search, hash: url.hash, key };
}

function useRouter(): RouterValue {
  const router = use(RouterContext);
  if (!router) throw new Error('router hooks need a <BrowserRouter> or <MemoryRouter> above them');
  return router;
}

/** Routes on window.location; back/forward and hash changes arrive through popstate. */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const read = () =>
    parse(window.location.pathname + window.location.search + window.location.hash);
  const [location, setLocation] = useState<Location>(read);
  useEffect(() => {
    const onPop = () => setLocation(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((to: string | number, options: NavigateOptions = {}) => {
    if (typeof to === 'number') {
      window.history.go(to);
      return;
    }
    const next = new URL(to, window.location.href);
    const href = next.pathname + next.search + next.hash;
    if (options.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    setLocation(parse(href));
  }, []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}

/** An in-memory router for tests. */
export function MemoryRouter({
  initialEntries = ['/'],
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}) {
  const [location, setLocation] = useState<Location>(() => parse(initialEntries[0] ?? '/'));
  const navigate = useCallback((to: string | number) => {
    if (typeof to === 'number') return;
    setLocation((current) => parse(new URL(to, `http://localhost${current.pathname}`).href));
  }, []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext value={value}>{children}</RouterContext>;
}

export interface RouteProps {
  /** Relative path such as `lessons/:slug`, or `*`; omit for a layout route. */
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Declares a route; <Routes> reads the props, so this renders nothing itself. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the props are read by <Routes>
export function Route(_props: RouteProps): ReactElement | null {
  return null;
}

function routeChildren(children: ReactNode): RouteProps[] {
  return Children.toArray(children)
    .filter((child): child is ReactElement<RouteProps> => isValidElement(child))
    .map((child) => child.props);
}

/** Params of `pattern` matched against `segments`, or null. */
function matchPath(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length === 1 && parts[0] === '*') return {};
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        return null;
      }
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

function matchRoutes(
  routes: RouteProps[],
  segments: string[],
): { element: ReactNode; params: Record<string, string> } | null {
  for (const route of routes) {
    if (route.path === undefined && !route.index && route.children) {
      // a layout route: its element wraps whichever child matches
      const inner = matchRoutes(routeChildren(route.children), segments);
      if (inner) {
        return {
          element: <OutletContext value={inner.element}>{route.element}</OutletContext>,
          params: inner.params,
        };
      }
      continue;
    }
    if (route.index) {
      if (segments.length === 0) return { element: route.element, params: {} };
      continue;
    }
    const params = matchPath(route.path ?? '', segments);
    if (params) return { element: route.element, params };
  }
  return null;
}

export function Routes({ children }: { children: ReactNode }) {
  const { location } = useRouter();
  const segments = location.pathname.split('/').filter(Boolean);
  const match = matchRoutes(routeChildren(children), segments);
  if (!match) return null;
  return <ParamsContext value={match.params}>{match.element}</ParamsContext>;
}

/** Where a layout route renders its matched child. */
export function Outlet() {
  return <>{use(OutletContext)}</>;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useParams(): Record<string, string | undefined> {
  return use(ParamsContext);
}

export function useNavigate(): RouterValue['navigate'] {
  return useRouter().navigate;
}

export function useSearchParams(): [
  URLSearchParams,
  (next: URLSearchParams | Record<string, string>, options?: NavigateOptions) => void,
] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback(
    (next: URLSearchParams | Record<string, string>, options?: NavigateOptions) => {
      const search = new URLSearchParams(next).toString();
      navigate(`${location.pathname}${search ? `?${search}` : ''}${location.hash}`, options);
    },
    [location.pathname, location.hash, navigate],
  );
  return [params, set];
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  replace?: boolean;
}

/** An <a> that navigates inside the app on a plain left click; modified clicks stay native. */
export function Link({ to, replace, onClick, target, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (target && target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    navigate(to, { replace });
  };
  return <a href={to} target={target} onClick={handle} {...rest} />;
}

/** A Link that carries aria-current="page" while its path is the current one (or its parent). */
export function NavLink({ to, ...rest }: LinkProps) {
  const { pathname } = useLocation();
  const path = new URL(to, 'http://localhost').pathname;
  const active = pathname === path || (path !== '/' && pathname.startsWith(`${path}/`));
  return <Link to={to} aria-current={active ? 'page' : undefined} {...rest} />;
}
