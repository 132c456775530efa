import type { Assignment } from './trainingApi';

/** The word shown for an assignment: an open one past its due date is "Overdue". */
export function assignmentState(a: Pick<Assignment, 'status' | 'overdue'>): string {
  return a.status === 'Assigned' && a.overdue ? 'Overdue' : a.status === 'Assigned' ? 'To do' : a.status;
}

/** Open first (overdue first among them, then by due date), then the rest newest completion first. */
export function sortAssignments(list: readonly Assignment[]): Assignment[] {
  const open = (a: Assignment) => (a.status === 'Assigned' ? 0 : 1);
  return [...list].sort((a, b) =>
    open(a) - open(b)
    || (open(a) === 0 ? Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt) : (b.completedAt ?? '').localeCompare(a.completedAt ?? '')));
}

/** Counts for the heading: how many are open and how many of those overdue. */
export function trainingSummary(list: readonly Assignment[]): string {
  const open = list.filter((a) => a.status === 'Assigned');
  const overdue = open.filter((a) => a.overdue).length;
  if (open.length === 0) return 'Nothing to do.';
  return `${open.length} to do${overdue > 0 ? `, ${overdue} overdue` : ''}.`;
}
