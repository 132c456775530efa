import { useEffect } from 'react';
import { homeFor } from './auth/navigation';
import { SignInPage } from './auth/SignInPage';
import { useSession } from './auth/useSession';
import { Layout } from './layout/Layout';
import { Routes } from './Routes';
import { navigate } from './router/navigation';
import { returnToFromSearch, signInPath } from './router/routes';
import { useLocation } from './router/useLocation';

/** Sign-in, then the layout for the user's roles around the current page. */
export function App() {
  const { pathname, search } = useLocation();
  const { session, refresh, signOut } = useSession();

  // Old designer links: /?workflow=<id>.
  const legacy = pathname === '/' ? new URLSearchParams(search).get('workflow') : null;
  useEffect(() => {
    if (legacy) navigate(`/workflows/${encodeURIComponent(legacy)}`, { replace: true });
  }, [legacy]);

  if (pathname === signInPath || session.status === 'signed-out') {
    const returnTo = pathname === signInPath ? returnToFromSearch(search) : pathname + search;
    const onSignedIn = async () => {
      await refresh();
      navigate(returnTo, { replace: true });
    };
    return <SignInPage onSignedIn={onSignedIn} expired={returnTo !== '/'} />;
  }
  if (session.status === 'loading') return <p className="loading">Loading…</p>;
  if (session.status === 'unreachable') {
    return (
      <main className="sign-in">
        <p className="error" role="alert">{session.message}</p>
        <button type="button" onClick={() => refresh().catch(() => undefined)}>Try again</button>
      </main>
    );
  }
  return (
    <Layout me={session.me} pathname={pathname} onSignOut={() => void signOut()}>
      <Routes pathname={pathname} roles={session.me.roles} personId={session.me.personId ?? null} home={homeFor(session.me.roles)} />
    </Layout>
  );
}
