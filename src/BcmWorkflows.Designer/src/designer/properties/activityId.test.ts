import { describe, expect, it } from 'vitest';
import { activityIdProblem } from './activityId';

describe('renaming an activity id', () => {
  const ids = ['page', 'wait'];
  it('accepts a new unique id and the unchanged one', () => {
    expect(activityIdProblem('page-level-1', 'page', ids)).toBeUndefined();
    expect(activityIdProblem('page', 'page', ids)).toBeUndefined();
  });
  it('refuses a taken, blank or malformed id with the reason', () => {
    expect(activityIdProblem('wait', 'page', ids)).toMatch(/already has the id 'wait'/);
    expect(activityIdProblem(' ', 'page', ids)).toMatch(/required/);
    expect(activityIdProblem('-page', 'page', ids)).toMatch(/letters, digits/);
    expect(activityIdProblem('page one', 'page', ids)).toMatch(/letters, digits/);
  });
});
