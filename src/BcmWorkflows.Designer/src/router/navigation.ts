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

/** Asked before an in-app navigation: a message to confirm (e.g. unsaved changes), or undefined to let it go. */
export type NavigationGuard = () => string | undefined;
let guard: NavigationGuard | undefined;

/** Installs the guard; the returned function removes it (if it is still the one installed). */
export function setNavigationGuard(next: NavigationGuard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = undefined;
  };
}

/** True when there is no guard, it has nothing to say, or the user confirms leaving. */
export function mayLeave(confirm: (message: string) => boolean = (m) => window.confirm(m)): boolean {
  const message = guard?.();
  return message === undefined || confirm(message);
}

/**
 * Goes to `to`. A guard may stop it; `force` skips the guard (a sign-in redirect: unsaved edits are kept in the
 * working copy and come back afterwards).
 */
export function navigate(to: string, options: { replace?: boolean; force?: boolean } = {}): void {
  if (to === currentPath()) return;
  if (!options.force && !mayLeave()) return;
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
