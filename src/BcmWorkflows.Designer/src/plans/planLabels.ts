/**
 * Pure wording and rules of the plan pages: status labels, review due dates, which revision moves a user is offered,
 * the content sections in document order and the context the diff view reads.
 */
import { sectionTitle } from '../tasks/planDiff';
import type { PlanRevisionContext } from '../tasks/taskApi';
import type { Plan, PlanContent, PlanDiffResult, RevisionStatus, RevisionSummary, RtoWarning } from './plansApi';

/** `PendingApproval` → "Pending approval"; a plan without any revision has no status. */
export function statusLabel(status: RevisionStatus | null | undefined): string {
  if (!status) return 'No revision';
  const words = status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The pill colour: published is done, returned needs the owner, the rest is on its way. */
export function statusTone(status: RevisionStatus | null | undefined): 'ok' | 'bad' | 'waiting' {
  if (status === 'Published' || status === 'Archived') return 'ok';
  if (status === 'Returned') return 'bad';
  return 'waiting';
}

const dayMs = 24 * 60 * 60 * 1000;

export interface ReviewDue {
  /** "in 12 days", "today", "3 days overdue", or "not scheduled". */
  text: string;
  overdue: boolean;
}

/** How far off the next review is, counted in whole days from `now`. */
export function reviewDue(nextReviewAt: string | null, now: Date): ReviewDue {
  const due = nextReviewAt ? new Date(nextReviewAt) : undefined;
  if (!due || Number.isNaN(due.getTime())) return { text: 'not scheduled', overdue: false };
  const days = Math.floor((due.getTime() - now.getTime()) / dayMs);
  const plural = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (days < 0) return { text: `${plural(-days)} overdue`, overdue: true };
  if (days === 0) return { text: 'today', overdue: false };
  return { text: `in ${plural(days)}`, overdue: false };
}

export interface Viewer {
  roles: readonly string[];
  personId: string | null;
}

/** Coordinators (and admins) manage plans: start reviews, render documents. */
export const managesPlans = (viewer: Viewer) => viewer.roles.includes('Admin') || viewer.roles.includes('Coordinator');

/** The approvers decide on a revision pending approval (the server checks who they are). */
const isApproversDecision = (from: RevisionStatus, to: RevisionStatus) => from === 'PendingApproval' && (to === 'Approved' || to === 'Returned');

/**
 * The moves the server says are open (`next`) that this user may ask for: every move for coordinators, the
 * plan owner's moves for the owner, and the approvers' decision for anyone (the server answers 403 to a non-approver).
 */
export function allowedMoves(from: RevisionStatus, next: readonly RevisionStatus[], plan: Pick<Plan, 'ownerPersonId'>, viewer: Viewer): RevisionStatus[] {
  const owner = viewer.personId !== null && viewer.personId === plan.ownerPersonId;
  return next.filter((to) => isApproversDecision(from, to) || managesPlans(viewer) || owner);
}

const moveWords: Partial<Record<RevisionStatus, string>> = {
  InReview: 'Submit for review',
  PendingApproval: 'Send for approval',
  Approved: 'Approve',
  Published: 'Publish',
  Returned: 'Return',
};

/** The button for a move, saying what it does. */
export const moveLabel = (to: RevisionStatus) => moveWords[to] ?? `Move to ${statusLabel(to)}`;

/** Returning a revision needs a comment saying why (the server answers 400 on `comment` otherwise). */
export const commentRequired = (to: RevisionStatus) => to === 'Returned';

export interface ContentSection {
  key: string;
  title: string;
  text: string | null;
}

const textSections = ['objectives', 'scope', 'emergencyResponse', 'recoveryStrategies', 'communicationPlan', 'resources', 'responsibilities'] as const;

/** The text sections in the document's order, with their titles. */
export function contentSections(content: PlanContent): ContentSection[] {
  return textSections.map((key) => ({ key, title: sectionTitle(key), text: content[key] }));
}

/** The revision to compare with by default: the one before, or undefined for the first (the server compares it with an empty plan). */
export function previousRevision(revisions: readonly RevisionSummary[], revision: number): number | undefined {
  const before = revisions.map((r) => r.revision).filter((n) => n < revision);
  return before.length === 0 ? undefined : Math.max(...before);
}

/** What the task page's diff view reads, built from the plan page's data. */
export function diffContext(plan: Pick<Plan, 'id' | 'title'>, status: RevisionStatus, diff: PlanDiffResult, warnings: RtoWarning[]): PlanRevisionContext {
  return { kind: 'planRevision', planId: plan.id, planTitle: plan.title, revision: diff.revision, revisionStatus: statusLabel(status), warnings, diff };
}

/** Newest revision first, as a reader looks for the latest. */
export const newestFirst = (revisions: readonly RevisionSummary[]) => [...revisions].sort((a, b) => b.revision - a.revision);
