import { describe, expect, it } from 'vitest';
import { activity, connection, workflow } from '../model/testing/builders';
import { executedPath, highlightOf } from './executedPath';
import type { JournalEntry } from './types';

/** Journal lines from `[activityId, event, outcome?]`, numbered in order. */
function journal(...lines: [string, string, string?][]): JournalEntry[] {
  return lines.map(([activityId, event, outcome], i) => ({
    sequence: i + 1, at: '2025-11-20T10:00:00Z', activityId, activityType: 'Log', event, outcome: outcome ?? null,
  }));
}

const sorted = (set: Set<string>) => [...set].sort();

describe('executed path', () => {
  const decision = workflow(
    [activity('check', 'Decision'), activity('yes'), activity('no'), activity('wait', 'WaitForEvent')],
    [connection('check', 'True', 'yes'), connection('check', 'False', 'no'), connection('yes', 'Done', 'wait')],
  );

  it('marks completed activities and only the connections of the outcome that was taken', () => {
    const path = executedPath({
      definition: decision,
      journal: journal(['check', 'Started'], ['check', 'Completed', 'True'], ['yes', 'Started'], ['yes', 'Completed', 'Done'], ['wait', 'Started'], ['wait', 'Suspended']),
    });
    expect(sorted(path.executed)).toEqual(['check', 'yes']);
    expect(sorted(path.taken)).toEqual(['check:True->yes', 'yes:Done->wait']);
    expect(sorted(path.waiting)).toEqual(['wait']);
    expect(path.faulted.size).toBe(0);
    expect(highlightOf(path, 'wait')).toBe('waiting');
    expect(highlightOf(path, 'no')).toBeUndefined();
  });

  it('does not count a connection whose target has not started yet', () => {
    const path = executedPath({ definition: decision, journal: journal(['check', 'Started'], ['check', 'Completed', 'True']) });
    expect(path.taken.size).toBe(0);
  });

  it('follows a loop lap by lap and leaves the exit untaken until it is used', () => {
    const loop = workflow(
      [activity('page'), activity('again', 'Decision'), activity('done', 'End')],
      [connection('page', 'Done', 'again'), connection('again', 'True', 'page'), connection('again', 'False', 'done')],
    );
    const lap = (n: number) => journal(...Array.from({ length: n }, (): [string, string, string?][] => [
      ['page', 'Started'], ['page', 'Completed', 'Done'], ['again', 'Started'], ['again', 'Completed', 'True'],
    ]).flat());
    expect(sorted(executedPath({ definition: loop, journal: lap(2) }).taken)).toEqual(['again:True->page', 'page:Done->again']);
    const finished = [...lap(2), ...journal(['page', 'Started'], ['page', 'Completed', 'Done'], ['again', 'Started'], ['again', 'Completed', 'False'], ['done', 'Started'], ['done', 'Completed'])]
      .map((line, i) => ({ ...line, sequence: i + 1 }));
    const path = executedPath({ definition: loop, journal: finished });
    expect(sorted(path.taken)).toEqual(['again:False->done', 'again:True->page', 'page:Done->again']);
    expect(sorted(path.executed)).toEqual(['again', 'done', 'page']);
  });

  it('takes both branches of a fork and both ways into a join, and reads several outcomes of one completion', () => {
    const fork = workflow(
      [activity('split', 'Switch'), activity('sms'), activity('mail'), activity('join', 'Join'), activity('other')],
      [connection('split', 'Sms', 'sms'), connection('split', 'Mail', 'mail'), connection('split', 'Default', 'other'),
        connection('sms', 'Done', 'join'), connection('mail', 'Done', 'join')],
    );
    const path = executedPath({
      definition: fork,
      journal: journal(['split', 'Started'], ['split', 'Completed', 'Sms,Mail'], ['sms', 'Started'], ['mail', 'Started'],
        ['sms', 'Completed', 'Done'], ['join', 'Started'], ['mail', 'Completed', 'Done'], ['join', 'Started'], ['join', 'Completed', 'Done']),
    });
    expect(sorted(path.taken)).toEqual(['mail:Done->join', 'sms:Done->join', 'split:Mail->mail', 'split:Sms->sms']);
    expect(path.executed.has('other')).toBe(false);
  });

  it('replays out-of-order lines by sequence', () => {
    const lines = journal(['check', 'Started'], ['check', 'Completed', 'False'], ['no', 'Started']).reverse();
    expect(sorted(executedPath({ definition: decision, journal: lines }).taken)).toEqual(['check:False->no']);
  });

  it('marks a fault red until a retry completes the activity', () => {
    const faulted = journal(['check', 'Started'], ['check', 'Completed', 'True'], ['yes', 'Started'], ['yes', 'Faulted']);
    const path = executedPath({ definition: decision, journal: faulted });
    expect(sorted(path.faulted)).toEqual(['yes']);
    expect(highlightOf(path, 'yes')).toBe('faulted');
    const retried = [...faulted, ...journal(['yes', 'Started'], ['yes', 'Completed', 'Done'])].map((line, i) => ({ ...line, sequence: i + 1 }));
    const after = executedPath({ definition: decision, journal: retried });
    expect(after.faulted.size).toBe(0);
    expect(highlightOf(after, 'yes')).toBe('executed');
  });

  it('takes waits from bookmarks and from a Suspended not yet resumed, and none once the instance ended', () => {
    const lines = journal(['wait', 'Started'], ['wait', 'Suspended'], ['wait', 'Resumed'], ['wait', 'Completed', 'Received']);
    expect(executedPath({ definition: decision, journal: lines }).waiting.size).toBe(0);
    const bookmarks = [{ id: 'b1', activityId: 'no', type: 'Timer' }];
    expect(sorted(executedPath({ definition: decision, journal: lines, bookmarks }).waiting)).toEqual(['no']);
    const suspended = journal(['wait', 'Started'], ['wait', 'Suspended']);
    expect(executedPath({ definition: decision, journal: suspended, bookmarks, ended: true }).waiting.size).toBe(0);
  });
});
