import { describe, expect, it } from 'vitest';
import { commentRequired, dueText, isPlanRevision, outcomeTone, peopleText } from './taskLabels';

const now = new Date('2026-03-01T12:00:00Z');

describe('task labels', () => {
  it('says how long until a task is due or how long it is overdue', () => {
    expect(dueText('2026-03-01T14:00:00Z', false, now)).toBe('Due in 2 h');
    expect(dueText('2026-03-01T11:30:00Z', true, now)).toBe('Overdue by 30 min');
    expect(dueText('2026-03-05T12:00:00Z', false, now)).toBe('Due in 4 days');
    expect(dueText(null, false, now)).toBe('No due date');
  });

  it('styles turning something down apart from approving it', () => {
    expect(outcomeTone('Rejected')).toBe('negative');
    expect(outcomeTone('Approved')).toBe('positive');
    expect(outcomeTone('Escalate')).toBe('positive');
  });

  it('knows which outcomes need a comment, whatever the case', () => {
    expect(commentRequired({ commentRequiredFor: ['Rejected'] }, 'rejected')).toBe(true);
    expect(commentRequired({ commentRequiredFor: ['Rejected'] }, 'Approved')).toBe(false);
  });

  it('names people by name and falls back to their id', () => {
    expect(peopleText([{ personId: 'p1', name: 'Ana' }, { personId: 'p2', name: null }])).toBe('Ana, p2');
    expect(peopleText([])).toBe('—');
  });

  it('recognises a plan revision context only with its diff', () => {
    expect(isPlanRevision({ kind: 'planRevision', diff: { sections: [] } })).toBe(true);
    expect(isPlanRevision({ kind: 'planRevision' })).toBe(false);
    expect(isPlanRevision(null)).toBe(false);
  });
});
