import { describe, expect, it } from 'vitest';
import { matchPath, resolveRoute, returnToFromSearch, safeReturnTo, signInHref } from './routes';

describe('routes', () => {
  it('matches literal segments and decodes parameters', () => {
    expect(matchPath('/workflows', '/workflows')).toEqual({});
    expect(matchPath('/workflows', '/workflows/')).toEqual({});
    expect(matchPath('/workflows/:id', '/workflows/plan%20review')).toEqual({ id: 'plan review' });
    expect(matchPath('/workflows/:id', '/workflows')).toBeUndefined();
    expect(matchPath('/workflows/:id', '/workflows/a/b')).toBeUndefined();
    expect(matchPath('/workflows/:id', '/plans/a')).toBeUndefined();
    expect(matchPath('/workflows/:id', '/workflows/%E0%A4%A')).toBeUndefined();
  });

  it('takes the first matching route', () => {
    const routes = [{ path: '/my/tasks' }, { path: '/my/:page' }];
    expect(resolveRoute(routes, '/my/tasks')?.route).toBe(routes[0]);
    expect(resolveRoute(routes, '/my/training')).toEqual({ route: routes[1], params: { page: 'training' } });
    expect(resolveRoute(routes, '/nowhere')).toBeUndefined();
  });

  it('returns only to paths on this site, never back to sign-in', () => {
    expect(safeReturnTo('/workflows/a?x=1#n')).toBe('/workflows/a?x=1#n');
    for (const bad of [null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'workflows', '/sign-in', '/sign-in?returnTo=%2F'])
      expect(safeReturnTo(bad)).toBe('/');
  });

  it('round-trips the way back through the sign-in URL', () => {
    const href = signInHref('/workflows/incident-escalation?tab=versions');
    expect(href).toBe('/sign-in?returnTo=%2Fworkflows%2Fincident-escalation%3Ftab%3Dversions');
    expect(returnToFromSearch(href.slice(href.indexOf('?')))).toBe('/workflows/incident-escalation?tab=versions');
    expect(signInHref('/')).toBe('/sign-in');
    expect(returnToFromSearch('')).toBe('/');
  });
});
