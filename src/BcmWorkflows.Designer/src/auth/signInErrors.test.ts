import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { signInErrorMessage } from './signInErrors';

const unauthorized = (detail: string) => new ApiError(401, 'Unauthorized', { status: 401, title: 'Unauthorized', detail });

describe('sign-in errors', () => {
  it('tells wrong credentials, lockout and server down apart', () => {
    expect(signInErrorMessage(unauthorized('Failed'))).toBe('The email or password is wrong.');
    expect(signInErrorMessage(unauthorized('Lockedout'))).toMatch(/locked/);
    expect(signInErrorMessage(unauthorized('LockedOut'))).toMatch(/locked/);
    expect(signInErrorMessage(unauthorized('NotAllowed'))).toMatch(/administrator/);
    expect(signInErrorMessage(new ApiError(0, 'The server cannot be reached. Check your connection and try again.'))).toMatch(/cannot be reached/);
    expect(signInErrorMessage(new ApiError(503, 'The server cannot be reached.'))).toMatch(/cannot be reached/);
    expect(signInErrorMessage(new Error('boom'))).toMatch(/unexpectedly/);
  });
});
