import { useSyncExternalStore } from 'react';
import { subscribe } from './navigation';

const snapshot = () => window.location.pathname + window.location.search;

/** The current path and query; re-renders on navigation and back/forward. */
export function useLocation(): { pathname: string; search: string } {
  const value = useSyncExternalStore(subscribe, snapshot);
  const index = value.indexOf('?');
  return index < 0 ? { pathname: value, search: '' } : { pathname: value.slice(0, index), search: value.slice(index) };
}
