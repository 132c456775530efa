/** Path patterns like `/workflows/:id/design`; a match gives the decoded parameters. */
export type Params = Record<string, string>;

export function matchPath(pattern: string, pathname: string): Params | undefined {
  const want = split(pattern);
  const got = split(pathname);
  if (want.length !== got.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}

/** The first route whose pattern matches, with its parameters. */
export function resolveRoute<R extends { path: string }>(routes: readonly R[], pathname: string): { route: R; params: Params } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export const signInPath = '/sign-in';

/** Only a path on this site: no other origin, no protocol-relative `//host`, no sign-in loop. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === signInPath || value.startsWith(`${signInPath}?`)) return '/';
  return value;
}

/** The sign-in page that comes back to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return target === '/' ? signInPath : `${signInPath}?returnTo=${encodeURIComponent(target)}`;
}

export function returnToFromSearch(search: string): string {
  return safeReturnTo(new URLSearchParams(search).get('returnTo'));
}
