import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeWindow } from '../testing/fakeWindow';
import { http, redirectToSignIn } from './client';
import { loadWorkingCopy, saveWorkingCopy } from './workingCopy';

afterEach(() => vi.unstubAllGlobals());

describe('expired session', () => {
  it('goes to the sign-in page with the way back', () => {
    const win = installFakeWindow('/workflows/incident-escalation?x=1');
    redirectToSignIn();
    expect(win.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(win.location.search).get('returnTo')).toBe('/workflows/incident-escalation?x=1');
  });

  it('does not stack sign-in pages when several calls fail at once', () => {
    const win = installFakeWindow('/sign-in?returnTo=%2Fworkflows');
    redirectToSignIn();
    expect(win.history.entries).toEqual(['/sign-in?returnTo=%2Fworkflows']);
  });

  it('keeps the unsaved working copy through a 401 from the real client', async () => {
    const win = installFakeWindow('/workflows/demo');
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    vi.stubGlobal('sessionStorage', storage);
    const edited = { definitionId: 'demo', name: 'Edited', root: { type: 'Flowchart' as const, activities: [], connections: [] } };
    saveWorkingCopy(edited);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));

    await expect(http.get('/api/workflow-definitions/demo')).rejects.toMatchObject({ status: 401 });

    expect(win.location.pathname).toBe('/sign-in');
    expect(loadWorkingCopy('demo')).toEqual(edited);
  });
});
