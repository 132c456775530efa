import type { ActivityDescriptor } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import { currentPath, navigate } from '../router/navigation';
import { signInHref, signInPath } from '../router/routes';
import { createHttp } from './http';
import type { DefinitionSummary, InstanceStatus, Me, SaveResult } from './types';

/** Sends an expired session to the sign-in page, which comes back here afterwards. */
export function redirectToSignIn(): void {
  if (window.location.pathname === signInPath) return;
  navigate(signInHref(currentPath()));
}

export const http = createHttp({ fetch: (...args) => fetch(...args), onUnauthorized: redirectToSignIn });

const definitionUrl = (definitionId: string) => `/api/workflow-definitions/${encodeURIComponent(definitionId)}`;

export const fetchMe = () => http.get<Me>('/api/auth/me');

/** Signs in with the cookie; a wrong password or a lockout comes back as an ApiError with status 401. */
export const signIn = async (email: string, password: string) => {
  await http.request('/api/auth/login?useCookies=true', { method: 'POST', body: { email, password }, allowUnauthorized: true });
};

export const signOut = async () => {
  await http.request('/api/auth/logout', { method: 'POST', allowUnauthorized: true });
};

export const fetchActivityTypes = () => http.get<ActivityDescriptor[]>('/api/activity-types');

export const fetchDefinitions = () => http.get<DefinitionSummary[]>('/api/workflow-definitions');

export const fetchDefinition = (definitionId: string, version: 'latest' | 'published' | number = 'latest') =>
  http.get<WorkflowDefinition>(`${definitionUrl(definitionId)}?version=${version}`);

/** Saves a draft (new id → version 1); a 400 ApiError carries every validation problem in `problem.errors`. */
export const saveDraft = (definition: WorkflowDefinition) =>
  http.request<SaveResult>(definitionUrl(definition.definitionId), { method: 'PUT', body: definition }).then((r) => r.data);

/** How many instances of a definition have this status (X-Total-Count of a one-item page). */
export async function countInstances(definitionId: string, status: InstanceStatus): Promise<number> {
  const query = new URLSearchParams({ definitionId, status, pageSize: '1' });
  const { data, headers } = await http.request<unknown[]>(`/api/workflow-instances?${query}`);
  const total = Number(headers.get('X-Total-Count'));
  return Number.isFinite(total) && headers.has('X-Total-Count') ? total : data.length;
}
