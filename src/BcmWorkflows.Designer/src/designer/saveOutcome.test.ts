import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { activity, workflow } from '../model/testing/builders';
import { describeSaveFailure } from './saveOutcome';

const sent = workflow([activity('start', 'Start'), activity('mail', 'SendEmail')]);

describe('a save that fails keeps the work and says why', () => {
  it('puts validation problems on the activities they name', () => {
    const error = new ApiError(400, 'invalid', { errors: { '$.root.activities[1].inputs.to': ['A recipient is required.'], '$.name': ['Required.'] } });
    const failure = describeSaveFailure(error, sent, 'save');
    expect(failure.message).toBe('Not saved: 2 problems to fix (marked on the activities).');
    expect(failure.problems.find((p) => p.activityId === 'mail')).toMatchObject({ field: 'to', message: 'A recipient is required.' });
  });

  it('says the server is down and that nothing is lost', () => {
    expect(describeSaveFailure(new ApiError(0, 'down'), sent, 'save').message).toContain('kept in this browser tab');
  });

  it('offers to save anyway when someone else published meanwhile', () => {
    const error = new ApiError(412, 'changed', { detail: "Version 2 of 'x' was published by ann@bcm.test at 2026-11-28 09:00:00Z after you opened it." });
    const failure = describeSaveFailure(error, sent, 'publish');
    expect(failure.conflict).toBe(true);
    expect(failure.message).toContain('published by ann@bcm.test');
  });

  it('shows the server detail for anything else', () => {
    expect(describeSaveFailure(new ApiError(409, 'x', { detail: 'Nothing to publish.' }), sent, 'publish').message).toBe('Not published: Nothing to publish.');
  });
});
