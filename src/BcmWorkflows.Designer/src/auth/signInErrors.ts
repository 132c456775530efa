import { ApiError } from '../api/http';

/**
 * What to tell the user when sign-in fails. Identity answers 401 with `detail` "Failed", "LockedOut"
 * ("Lockedout" in some versions) or "NotAllowed".
 */
export function signInErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Sign-in failed unexpectedly. Please try again.';
  if (error.serverDown) return error.message;
  if (error.status === 401) {
    const detail = (error.problem?.detail ?? '').toLowerCase();
    if (detail === 'lockedout') return 'This account is locked after too many failed attempts. Try again in a few minutes.';
    if (detail === 'notallowed') return 'This account may not sign in yet. Ask an administrator.';
    return 'The email or password is wrong.';
  }
  if (error.status === 400) return 'Enter your email and password.';
  return `Sign-in failed (${error.status}). Please try again.`;
}
