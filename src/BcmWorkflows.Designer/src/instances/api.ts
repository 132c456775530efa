import { http } from '../api/client';
import type { WorkflowDefinition } from '../model/definition';
import type { InstanceView, JournalEntry, StartRequest, StartResult } from './types';

const instanceUrl = (instanceId: string) => `/api/workflow-instances/${encodeURIComponent(instanceId)}`;

/** 201 → the new instance; 404 unknown definition/version, 409 nothing published, 400 input problems by path (`$.input.<name>`). */
export const startInstance = async (definitionId: string, request: StartRequest) =>
  (await http.request<StartResult>(`/api/workflow-definitions/${encodeURIComponent(definitionId)}/instances`, { method: 'POST', body: request })).data;

/** One page, newest first; `total` from X-Total-Count (the page length when the header is missing). */
export async function fetchInstances(query: URLSearchParams): Promise<{ items: InstanceView[]; total: number }> {
  const { data, headers } = await http.request<InstanceView[]>(`/api/workflow-instances?${query}`);
  const total = Number(headers.get('X-Total-Count'));
  return { items: data, total: headers.has('X-Total-Count') && Number.isFinite(total) ? total : data.length };
}

export const fetchInstance = (instanceId: string) => http.get<InstanceView>(instanceUrl(instanceId));

export const fetchJournal = (instanceId: string) => http.get<JournalEntry[]>(`${instanceUrl(instanceId)}/journal`);

/** The exact definition version the instance runs on (its snapshot), not the latest. */
export const fetchInstanceDefinition = (instanceId: string) => http.get<WorkflowDefinition>(`${instanceUrl(instanceId)}/definition`);

/** 409 when the instance has already ended. */
export const cancelInstance = async (instanceId: string) => {
  await http.request(`${instanceUrl(instanceId)}/cancel`, { method: 'POST' });
};

/** Re-runs the faulted activity; 409 when the instance is not Faulted. */
export const retryInstance = async (instanceId: string) => {
  await http.request(`${instanceUrl(instanceId)}/retry`, { method: 'POST' });
};
