import type { PlanRevisionContext, TaskDetail } from './taskApi';

/** How long until (or since) a due date, in words a person reads at a glance. */
export function dueText(dueAt: string | null, overdue: boolean, now: Date = new Date()): string {
  if (!dueAt) return 'No due date';
  const ms = new Date(dueAt).getTime() - now.getTime();
  if (Number.isNaN(ms)) return 'No due date';
  const span = humanSpan(Math.abs(ms));
  return overdue || ms < 0 ? `Overdue by ${span}` : `Due in ${span}`;
}

function humanSpan(ms: number): string {
  const minutes = Math.round(ms / 60000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

/** Outcomes that turn something down get the warning style; the first other outcome is the primary button. */
const negative = /^(reject|rejected|decline|declined|deny|denied|no|refuse|refused|cancel)$/i;

export function outcomeTone(outcome: string): 'negative' | 'positive' {
  return negative.test(outcome.trim()) ? 'negative' : 'positive';
}

/** Whether the server will ask for a comment with this outcome (it checks again; this only guides the user). */
export function commentRequired(task: Pick<TaskDetail, 'commentRequiredFor'>, outcome: string): boolean {
  return task.commentRequiredFor.some((o) => o.toLowerCase() === outcome.toLowerCase());
}

/** The people who may act: names when known, else their ids. */
export function peopleText(people: { personId: string; name: string | null }[]): string {
  return people.length === 0 ? '—' : people.map((p) => p.name ?? p.personId).join(', ');
}

/** The context is a plan revision the page knows how to show as a diff. */
export function isPlanRevision(context: unknown): context is PlanRevisionContext {
  if (typeof context !== 'object' || context === null) return false;
  const c = context as Partial<PlanRevisionContext>;
  return c.kind === 'planRevision' && Array.isArray(c.diff?.sections);
}

/** The status of the task list filter: `Open` by default, '' = every status. */
export const taskStatuses = ['Open', 'Completed', 'Cancelled', ''] as const;
