import { http } from '../api/client';
import { query } from '../common/format';
import type { ServerSectionDiff } from './planDiff';

/** `GET /api/tasks` item. */
export interface TaskSummary {
  id: string;
  title: string;
  status: string;
  outcomes: string[];
  dueAt: string | null;
  overdue: boolean;
  escalatedAt: string | null;
  subject: string | null;
  subjectRevision: number | null;
  assigneeRefs: string[];
  participantIds: string[];
  outcome: string | null;
  completedBy: string | null;
  completedAt: string | null;
  createdAt: string;
  instanceId: string;
  activityId: string;
}

export interface TaskPerson { personId: string; name: string | null; addedAt: string; addedBy: string; note: string | null }
export interface TaskDelegate { personId: string; name: string | null; delegatedBy: string; delegatedByPersonId: string | null; at: string; comment: string | null }
export interface TaskHistory { at: string; kind: string; action: string; actor: string; summary: string }

/** The `context` of a task about a plan revision (other contexts are shown as they come). */
export interface PlanRevisionContext {
  kind: 'planRevision';
  planId: string;
  planTitle: string;
  revision: number;
  revisionStatus: string;
  warnings: { processId: string; field: string; message: string }[] | null;
  diff: { planId: string; revision: number; against: number; sections: ServerSectionDiff[]; changedSections: string[] };
}

/** `GET /api/tasks/{id}`. */
export interface TaskDetail {
  id: string;
  title: string;
  description: string | null;
  status: string;
  outcomes: string[];
  commentRequiredFor: string[];
  dueAt: string | null;
  overdue: boolean;
  escalateTo: string | null;
  escalatedAt: string | null;
  remindersSent: number;
  subject: string | null;
  subjectRevision: number | null;
  assigneeRefs: string[];
  assignees: TaskPerson[];
  delegates: TaskDelegate[];
  outcome: string | null;
  comment: string | null;
  completedBy: string | null;
  completedAt: string | null;
  createdAt: string;
  instanceId: string;
  activityId: string;
  canComplete: boolean;
  canDelegate: boolean;
  history: TaskHistory[];
  context: unknown;
}

export interface TaskFilter {
  mine: boolean;
  status: string;
  page: number;
  pageSize: number;
}

/** One page of tasks and the total the server counted (`X-Total-Count`). */
export async function fetchTasks(filter: TaskFilter): Promise<{ tasks: TaskSummary[]; total: number }> {
  const url = `/api/tasks${query({ mine: filter.mine ? true : undefined, status: filter.status, page: filter.page, pageSize: filter.pageSize })}`;
  const { data, headers } = await http.request<TaskSummary[]>(url);
  const total = Number(headers.get('X-Total-Count'));
  return { tasks: data, total: headers.has('X-Total-Count') && Number.isFinite(total) ? total : data.length };
}

const taskUrl = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

export const fetchTask = (id: string) => http.get<TaskDetail>(taskUrl(id));

export const completeTask = (id: string, outcome: string, comment: string) =>
  http.request<TaskDetail>(`${taskUrl(id)}/complete`, { method: 'POST', body: { outcome, comment: comment.trim() === '' ? null : comment } })
    .then((r) => r.data);

export const delegateTask = (id: string, personId: string, comment: string) =>
  http.request<TaskDetail>(`${taskUrl(id)}/delegate`, { method: 'POST', body: { personId, comment: comment.trim() === '' ? null : comment } })
    .then((r) => r.data);

/** People to delegate to (`GET /api/people`: id and name are all the picker needs). */
export const searchPeople = (search: string) =>
  http.get<{ id: string; name: string; email?: string | null }[]>(`/api/people${query({ search, pageSize: 20 })}`);
