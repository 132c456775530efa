/**
 * A tiny history-API router: `navigate` pushes a path and tells subscribers; the back button does the same
 * through popstate. Components read the location with `useLocation`.
 */
export interface Location {
  pathname: string;
  search: string;
}

const changeEvent = 'bcm:navigate';

export function currentLocation(): Location {
  return { pathname: window.location.pathname, search: window.location.search };
}

/** The path, query and hash, to come back to later. */
export function currentPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentPath()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(changeEvent));
}

export function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(changeEvent, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(changeEvent, listener);
  };
}
