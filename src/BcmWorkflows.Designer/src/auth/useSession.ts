import { useCallback, useEffect, useState } from 'react';
import { fetchMe, signOut } from '../api/client';
import { ApiError } from '../api/http';
import type { Me } from '../api/types';
import { navigate } from '../router/navigation';
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
      setSession({ status: 'signed-in', me: await fetchMe() });
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setSession({ status: 'signed-out' });
      else setSession({ status: 'unreachable', message: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  }, []);

  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  const end = useCallback(async () => {
    try {
      await signOut();
    } finally {
      setSession({ status: 'signed-out' });
      navigate(signInPath);
    }
  }, []);

  return { session, refresh, signOut: end };
}
