import type { ActivityDescriptor } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import { currentPath, navigate } from '../router/navigation';
import { signInHref, signInPath } from '../router/routes';
import { createHttp } from './http';
import type { DefinitionSummary, DefinitionVersion, InstanceStatus, Me, SaveResult } from './types';

/** Sends an expired session to the sign-in page, which comes back here afterwards. */
export function redirectToSignIn(): void {
  if (window.location.pathname === signInPath) return;
  navigate(signInHref(currentPath()), { force: true });
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

/** Version 1 of a new workflow; 412 when someone took the id meanwhile (never overwrites). */
export const createDefinition = (definition: WorkflowDefinition) =>
  http.request<SaveResult>(definitionUrl(definition.definitionId), { method: 'PUT', body: definition, headers: { 'If-None-Match': '*' } }).then((r) => r.data);

/** A definition version with the latest version's ETag (`If-Match` for a guarded save or publish). */
export interface Stamped<T> {
  data: T;
  etag: string | undefined;
}

const stamped = <T>({ data, headers }: { data: T; headers: Headers }): Stamped<T> => ({ data, etag: headers.get('ETag') ?? undefined });
const ifMatch = (etag: string | undefined) => (etag ? { 'If-Match': etag } : undefined);

export const fetchLatestDefinition = async (definitionId: string) =>
  stamped(await http.request<WorkflowDefinition>(`${definitionUrl(definitionId)}?version=latest`));

/** Saves a draft only if nobody changed the workflow since `etag` was read (412 otherwise); no etag: last writer wins. */
export const saveDraftGuarded = async (definition: WorkflowDefinition, etag: string | undefined) =>
  stamped(await http.request<SaveResult>(definitionUrl(definition.definitionId), {
    method: 'PUT', body: definition, ...(ifMatch(etag) ? { headers: ifMatch(etag)! } : {}),
  }));

export const publishLatest = async (definitionId: string, etag: string | undefined) =>
  stamped(await http.request<{ definitionId: string; version: number; isPublished: boolean }>(`${definitionUrl(definitionId)}/publish`, {
    method: 'POST', ...(ifMatch(etag) ? { headers: ifMatch(etag)! } : {}),
  }));

export const fetchVersions = (definitionId: string) => http.get<DefinitionVersion[]>(`${definitionUrl(definitionId)}/versions`);

/** Copies version n forward as a new draft (latest + 1). */
export const revertToVersion = async (definitionId: string, version: number) =>
  stamped(await http.request<SaveResult>(`${definitionUrl(definitionId)}/versions/${version}/revert`, { method: 'POST' }));

/** How many instances of a definition have this status (X-Total-Count of a one-item page). */
export async function countInstances(definitionId: string, status: InstanceStatus): Promise<number> {
  const query = new URLSearchParams({ definitionId, status, pageSize: '1' });
  const { data, headers } = await http.request<unknown[]>(`/api/workflow-instances?${query}`);
  const total = Number(headers.get('X-Total-Count'));
  return Number.isFinite(total) && headers.has('X-Total-Count') ? total : data.length;
}
