import { vi } from 'vitest';

/** Enough of `window` for the router in the node test environment: location, history and events. */
export function installFakeWindow(start = '/') {
  const target = new EventTarget();
  const location = { pathname: '/', search: '', hash: '' };
  const go = (url: string) => {
    const parsed = new URL(url, 'http://localhost');
    Object.assign(location, { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash });
  };
  go(start);
  const history = {
    entries: [start],
    pushState: (_: unknown, __: string, url: string) => { history.entries.push(url); go(url); },
    replaceState: (_: unknown, __: string, url: string) => { history.entries[history.entries.length - 1] = url; go(url); },
  };
  const fake = {
    location,
    history,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  vi.stubGlobal('window', fake);
  return fake;
}
