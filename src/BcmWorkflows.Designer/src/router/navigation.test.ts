import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeWindow } from '../testing/fakeWindow';
import { currentLocation, currentPath, mayLeave, navigate, setNavigationGuard, subscribe } from './navigation';

afterEach(() => vi.unstubAllGlobals());

describe('navigation', () => {
  it('pushes a path and tells subscribers', () => {
    const win = installFakeWindow('/workflows');
    const listener = vi.fn();
    const stop = subscribe(listener);
    navigate('/workflows/a?x=1');
    expect(win.history.entries).toEqual(['/workflows', '/workflows/a?x=1']);
    expect(currentLocation()).toEqual({ pathname: '/workflows/a', search: '?x=1' });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    navigate('/plans');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('replaces instead of pushing when asked, and ignores a navigation to where it is', () => {
    const win = installFakeWindow('/');
    navigate('/workflows', { replace: true });
    navigate('/workflows');
    expect(win.history.entries).toEqual(['/workflows']);
    expect(currentPath()).toBe('/workflows');
  });

  it('follows the back button (popstate)', () => {
    const win = installFakeWindow('/a');
    const listener = vi.fn();
    subscribe(listener);
    win.dispatchEvent(new Event('popstate'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('asks the guard before leaving, stays when the user says no, and a forced navigation passes', () => {
    const win = installFakeWindow('/workflows/a');
    const remove = setNavigationGuard(() => 'You have unsaved changes.');
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    (win as unknown as { confirm: typeof confirm }).confirm = confirm;
    navigate('/plans');
    expect(currentPath()).toBe('/workflows/a');
    expect(confirm).toHaveBeenCalledWith('You have unsaved changes.');
    navigate('/sign-in', { force: true });
    expect(currentPath()).toBe('/sign-in');
    remove();
    expect(mayLeave(() => false)).toBe(true);
  });
});
