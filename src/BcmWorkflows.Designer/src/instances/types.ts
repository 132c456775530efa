// What the instances API returns (docs/contract.md "Instances API"; Features/Instances/InstanceView.cs on the server).
import type { JsonObject, JsonValue } from '../model/definition';
import type { InstanceStatus } from '../api/types';

export interface BookmarkView {
  id: string;
  activityId: string;
  type: string;
  eventName?: string | null;
  correlationId?: string | null;
  dueAt?: string | null;
}

export interface IncidentView {
  activityId: string;
  activityType?: string | null;
  message: string;
  at: string;
  resolvedAt?: string | null;
}

export interface InstanceView {
  instanceId: string;
  definitionId: string;
  definitionVersion: number;
  status: InstanceStatus;
  correlationId?: string | null;
  parentInstanceId?: string | null;
  input: JsonObject;
  variables: JsonObject;
  output?: JsonValue;
  bookmarks: BookmarkView[];
  incidents: IncidentView[];
  createdAt: string;
  updatedAt: string;
  finishedAt?: string | null;
}

export type JournalEvent = 'Started' | 'Completed' | 'Suspended' | 'Resumed' | 'Faulted' | 'Cancelled';

export interface JournalEntry {
  sequence: number;
  at: string;
  activityId: string;
  activityType: string;
  event: JournalEvent | string;
  /** Several outcomes of one completion (Switch MatchAny) come joined with commas. */
  outcome?: string | null;
  message?: string | null;
}

export interface StartRequest {
  input: JsonObject;
  correlationId?: string;
  version?: number;
}

export interface StartResult {
  instanceId: string;
  status: InstanceStatus;
  definitionVersion: number;
}

export const instanceStatuses: readonly InstanceStatus[] = ['Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled'];

/** Running or waiting: the instance can still change, so the viewer keeps polling and Cancel makes sense. */
export function isActive(status: InstanceStatus): boolean {
  return status === 'Running' || status === 'Suspended';
}
