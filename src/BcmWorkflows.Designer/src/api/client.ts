import type { ActivityDescriptor } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';

/** Calls the server with the sign-in cookie; a failed call throws with the problem's title when there is one. */
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as { title?: string } | undefined;
    throw new Error(problem?.title ?? `${url} answered ${response.status}`);
  }
  return (await response.json()) as T;
}

export const fetchActivityTypes = () => getJson<ActivityDescriptor[]>('/api/activity-types');

export const fetchDefinition = (definitionId: string, version: 'latest' | 'published' | number = 'latest') =>
  getJson<WorkflowDefinition>(`/api/workflow-definitions/${encodeURIComponent(definitionId)}?version=${version}`);
