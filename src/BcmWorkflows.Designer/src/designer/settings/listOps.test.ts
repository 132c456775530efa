import { describe, expect, it } from 'vitest';
import { cronProblem } from './cron';
import { freshName, moveBy, removeAt, replaceAt } from './listOps';

describe('settings list edits', () => {
  it('moves an item up or down and leaves the ends alone', () => {
    expect(moveBy(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveBy(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('replaces and removes by index without touching the original', () => {
    const list = ['a', 'b'];
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x']);
    expect(removeAt(list, 0)).toEqual(['b']);
    expect(list).toEqual(['a', 'b']);
  });

  it('names a new item so it does not clash', () => {
    expect(freshName([], 'input')).toBe('input');
    expect(freshName(['input', 'input2'], 'input')).toBe('input3');
  });
});

describe('cron check', () => {
  it('accepts 6- and 7-field Quartz expressions with one ? day field', () => {
    expect(cronProblem('0 0 8 ? * MON-FRI')).toBeUndefined();
    expect(cronProblem('0 */15 * * * ?')).toBeUndefined();
    expect(cronProblem('0 0 8 1 * ? 2030')).toBeUndefined();
  });

  it('explains a 5-field Unix expression and the ? rule', () => {
    expect(cronProblem('0 8 * * 1')).toMatch(/6 fields.*this has 5/);
    expect(cronProblem('0 0 8 * * MON')).toMatch(/Exactly one/);
    expect(cronProblem(' ')).toBe('A cron expression is required.');
  });
});
