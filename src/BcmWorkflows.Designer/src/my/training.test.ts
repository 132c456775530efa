import { describe, expect, it } from 'vitest';
import { assignmentState, sortAssignments, trainingSummary } from './training';
import type { Assignment } from './trainingApi';

const a = (id: string, extra: Partial<Assignment>) => ({ id, status: 'Assigned', overdue: false, dueAt: '2026-05-01', completedAt: null, ...extra }) as Assignment;

describe('my training', () => {
  it('calls an open assignment past its due date overdue', () => {
    expect(assignmentState({ status: 'Assigned', overdue: true })).toBe('Overdue');
    expect(assignmentState({ status: 'Assigned', overdue: false })).toBe('To do');
    expect(assignmentState({ status: 'Completed', overdue: false })).toBe('Completed');
  });

  it('puts overdue first, then open by due date, then completed newest first', () => {
    const sorted = sortAssignments([
      a('done-old', { status: 'Completed', completedAt: '2026-01-01' }),
      a('later', { dueAt: '2026-06-01' }),
      a('done-new', { status: 'Completed', completedAt: '2026-02-01' }),
      a('soon', { dueAt: '2026-04-01' }),
      a('late', { dueAt: '2026-07-01', overdue: true }),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['late', 'soon', 'later', 'done-new', 'done-old']);
  });

  it('sums up what is left to do', () => {
    expect(trainingSummary([a('1', { overdue: true }), a('2', {}), a('3', { status: 'Completed' })])).toBe('2 to do, 1 overdue.');
    expect(trainingSummary([])).toBe('Nothing to do.');
  });
});
