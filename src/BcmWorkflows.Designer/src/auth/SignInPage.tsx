import { useState, type FormEvent } from 'react';
import { signIn } from '../api/client';
import { signInErrorMessage } from './signInErrors';

interface SignInPageProps {
  /** Called after a successful sign-in; the app then loads the user and returns to where they were. */
  onSignedIn: () => Promise<void>;
  expired: boolean;
}

export function SignInPage({ onSignedIn, expired }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
      await onSignedIn();
    } catch (e) {
      setError(signInErrorMessage(e));
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>BcmWorkflows</h1>
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        {expired && !error && <p role="status">Sign in to continue where you were (unsaved designer edits are kept).</p>}
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password}
          onChange={(e) => setPassword(e.target.value)} />
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>
  );
}
