import { http } from '../api/client';

/** `GET /api/training/assignments` item. */
export interface Assignment {
  id: string;
  courseId: string;
  courseTitle: string | null;
  personId: string;
  personName: string | null;
  status: string;
  overdue: boolean;
  assignedAt: string;
  assignedBy: string;
  dueAt: string;
  completedAt: string | null;
  completedBy: string | null;
  evidence: string | null;
}

/** The signed-in person's assignments (`mine=true`: an empty list when the user is linked to no person). */
export const fetchMyAssignments = () => http.get<Assignment[]>('/api/training/assignments?mine=true');

export const completeAssignment = (id: string, evidence: string) =>
  http.request<Assignment>(`/api/training/assignments/${encodeURIComponent(id)}/complete`, { method: 'POST', body: { evidence } }).then((r) => r.data);
