import { http } from '../api/client';
import type { ServerSectionDiff } from '../tasks/planDiff';

export type RevisionStatus = 'Draft' | 'InReview' | 'PendingApproval' | 'Approved' | 'Published' | 'Returned' | 'Archived';

/** `GET /api/plans` item and `GET /api/plans/{id}`. */
export interface Plan {
  id: string;
  title: string;
  orgUnitId: string | null;
  ownerPersonId: string | null;
  approvers: string[];
  processIds: string[];
  reviewIntervalMonths: number;
  language: string;
  currentRevision: number | null;
  publishedRevision: number | null;
  /** The status of the current (latest) revision. */
  status: RevisionStatus | null;
  lastReviewedAt: string | null;
  nextReviewAt: string | null;
  reviewStartedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/plans/{id}/revisions` item (oldest first, no content). */
export interface RevisionSummary {
  planId: string;
  revision: number;
  status: RevisionStatus;
  comment: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  statusChangedAt: string;
  approvedBy: string | null;
  publishedAt: string | null;
}

export interface RecoveryStep { processId: string | null; step: string | null; duration: string | null; ownerRole: string | null }
export interface PlanContact { name: string | null; role: string | null; phone: string | null; email: string | null; external: boolean }

export interface PlanContent {
  objectives: string | null;
  scope: string | null;
  emergencyResponse: string | null;
  recoveryStrategies: string | null;
  communicationPlan: string | null;
  resources: string | null;
  responsibilities: string | null;
  recoverySteps: RecoveryStep[];
  contacts: PlanContact[];
}

export interface RevisionEvent { at: string; by: string; from: string | null; to: string; comment: string | null }
export interface RtoWarning { processId: string; field: string; message: string }

/** `GET /api/plans/{id}/revisions/{n}`: the content, the moves open from here (`next`), history and RTO warnings. */
export interface RevisionView {
  planId: string;
  revision: number;
  status: RevisionStatus;
  editable: boolean;
  next: RevisionStatus[];
  content: PlanContent;
  comment: string | null;
  history: RevisionEvent[];
  warnings: RtoWarning[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
}

/** `GET /api/plans/{id}/revisions/{n}/diff?against=m`. */
export interface PlanDiffResult { planId: string; revision: number; against: number; sections: ServerSectionDiff[]; changedSections: string[] }

export type DocumentFormat = 'html' | 'docx';
export const documentFormats: readonly DocumentFormat[] = ['html', 'docx'];

const planUrl = (id: string) => `/api/plans/${encodeURIComponent(id)}`;
export const revisionUrl = (id: string, n: number) => `${planUrl(id)}/revisions/${n}`;

export const fetchPlans = () => http.get<Plan[]>('/api/plans');
export const fetchPlan = (id: string) => http.get<Plan>(planUrl(id));
export const fetchRevisions = (id: string) => http.get<RevisionSummary[]>(`${planUrl(id)}/revisions`);
export const fetchRevision = (id: string, n: number) => http.get<RevisionView>(revisionUrl(id, n));
/** Without `against`: the revision before (for revision 1, an empty plan — the server has no other way to ask for that). */
export const fetchDiff = (id: string, n: number, against: number | undefined) =>
  http.get<PlanDiffResult>(`${revisionUrl(id, n)}/diff${against === undefined ? '' : `?against=${against}`}`);

/** Starts the plan-review-cycle workflow now; 409 while a review is already running. */
export const startReview = (id: string) =>
  http.request<{ planId: string; instanceId: string }>(`${planUrl(id)}/review`, { method: 'POST' }).then((r) => r.data);

/** Moves a revision; `comment` is required when returning it (400 on `comment`). */
export const changeRevisionStatus = (id: string, n: number, status: RevisionStatus, comment: string) =>
  http.request<RevisionView>(`${revisionUrl(id, n)}/status`, {
    method: 'POST', body: { status, comment: comment.trim() === '' ? null : comment },
  }).then((r) => r.data);

/** Renders the revision's documents now (both formats, the default template). */
export const renderDocuments = (id: string, n: number) =>
  http.request<unknown>(`${revisionUrl(id, n)}/document`, { method: 'POST' }).then((r) => r.data);

/** A person's name for the owner column (`GET /api/people/{id}`). */
export const fetchPersonName = (id: string) => http.get<{ id: string; name: string }>(`/api/people/${encodeURIComponent(id)}`);
