import { describe, expect, it } from 'vitest';
import { allowedMoves, commentRequired, contentSections, diffContext, moveLabel, newestFirst, previousRevision, reviewDue, statusLabel, statusTone } from './planLabels';
import type { PlanContent, RevisionSummary } from './plansApi';

const revision = (n: number): RevisionSummary => ({
  planId: 'p', revision: n, status: 'Archived', comment: null, createdAt: '2026-01-01T00:00:00Z', createdBy: 'a',
  updatedAt: '2026-01-01T00:00:00Z', statusChangedAt: '2026-01-01T00:00:00Z', approvedBy: null, publishedAt: null,
});

describe('plan status labels', () => {
  it('writes a revision status in words', () => {
    expect(statusLabel('PendingApproval')).toBe('Pending approval');
    expect(statusLabel('InReview')).toBe('In review');
    expect(statusLabel('Draft')).toBe('Draft');
    expect(statusLabel(null)).toBe('No revision');
  });

  it('colours published as done and returned as needing attention', () => {
    expect(statusTone('Published')).toBe('ok');
    expect(statusTone('Returned')).toBe('bad');
    expect(statusTone('InReview')).toBe('waiting');
  });
});

describe('review due', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('counts days until the next review', () => {
    expect(reviewDue('2026-03-22T12:00:00Z', now)).toEqual({ text: 'in 12 days', overdue: false });
    expect(reviewDue('2026-03-11T12:00:00Z', now)).toEqual({ text: 'in 1 day', overdue: false });
    expect(reviewDue('2026-03-10T18:00:00Z', now)).toEqual({ text: 'today', overdue: false });
  });

  it('marks a review date in the past as overdue', () => {
    expect(reviewDue('2026-03-07T12:00:00Z', now)).toEqual({ text: '3 days overdue', overdue: true });
  });

  it('says when no review is scheduled', () => {
    expect(reviewDue(null, now)).toEqual({ text: 'not scheduled', overdue: false });
  });
});

describe('revision moves offered', () => {
  const plan = { ownerPersonId: 'owner' };

  it('offers coordinators every move the server lists', () => {
    expect(allowedMoves('InReview', ['PendingApproval', 'Returned'], plan, { roles: ['Coordinator'], personId: null }))
      .toEqual(['PendingApproval', 'Returned']);
  });

  it('offers the plan owner their moves', () => {
    expect(allowedMoves('Draft', ['InReview'], plan, { roles: ['Manager'], personId: 'owner' })).toEqual(['InReview']);
  });

  it('offers another manager only the approvers decision', () => {
    const manager = { roles: ['Manager'], personId: 'someone' };
    expect(allowedMoves('Draft', ['InReview'], plan, manager)).toEqual([]);
    expect(allowedMoves('PendingApproval', ['Approved', 'Returned'], plan, manager)).toEqual(['Approved', 'Returned']);
  });

  it('names each move by what it does and asks a comment for returning', () => {
    expect(moveLabel('InReview')).toBe('Submit for review');
    expect(moveLabel('Returned')).toBe('Return');
    expect(commentRequired('Returned')).toBe(true);
    expect(commentRequired('Approved')).toBe(false);
  });
});

describe('revision content and comparison', () => {
  it('lists the text sections in document order with titles', () => {
    const content = { objectives: 'Keep going', scope: null, recoverySteps: [], contacts: [] } as unknown as PlanContent;
    const sections = contentSections(content);
    expect(sections.map((s) => s.title).slice(0, 3)).toEqual(['Objectives', 'Scope', 'Emergency response']);
    expect(sections[0]!.text).toBe('Keep going');
    expect(sections).toHaveLength(7);
  });

  it('compares with the revision before by default, and the first with an empty plan', () => {
    const list = [revision(1), revision(2), revision(4)];
    expect(previousRevision(list, 4)).toBe(2);
    expect(previousRevision(list, 1)).toBeUndefined();
  });

  it('lists revisions newest first', () => {
    expect(newestFirst([revision(1), revision(3), revision(2)]).map((r) => r.revision)).toEqual([3, 2, 1]);
  });

  it('builds the diff view context from the plan and the diff', () => {
    const diff = { planId: 'p', revision: 3, against: 1, sections: [], changedSections: [] };
    expect(diffContext({ id: 'p', title: 'IT recovery' }, 'InReview', diff, [])).toMatchObject({
      kind: 'planRevision', planTitle: 'IT recovery', revision: 3, revisionStatus: 'In review', diff,
    });
  });
});
