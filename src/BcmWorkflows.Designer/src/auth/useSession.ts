import { useCallback, useEffect, useState } from 'react';
import { fetchMe, signOut } from '../api/client';
import { ApiError } from '../api/http';
import type { Me } from '../api/types';
import { claimWorkingCopies, clearAllWorkingCopies } from '../api/workingCopy';
import { mayLeave, navigate } from '../router/navigation';
import { signInPath } from '../router/routes';

export type Session =
  | { status: 'loading' }
  | { status: 'signed-in'; me: Me }
  | { status: 'signed-out' }
  | { status: 'unreachable'; message: string };

/** Who is signed in (`/api/auth/me`); a 401 there has already sent the browser to the sign-in page. */
export function useSession() {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await fetchMe();
      claimWorkingCopies(me.id);
      setSession({ status: 'signed-in', me });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setSession({ status: 'signed-out' });
      else setSession({ status: 'unreachable', message: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  /** Asks first when there are unsaved edits; signing out drops them (the next person here must not see them). */
  const end = useCallback(async () => {
    if (!mayLeave()) return;
    clearAllWorkingCopies();
    try {
      await signOut();
    } finally {
      setSession({ status: 'signed-out' });
      navigate(signInPath, { force: true });
    }
  }, []);

  return { session, refresh, signOut: end };
}
