import { http } from '../api/client';

export interface CallTree {
  id: string;
  name: string;
  description: string | null;
  template: string;
  escalateNonResponders: boolean;
  waves: { name: string; members: string[]; channels: string[]; quorum: number | string; wait: string }[];
  updatedAt: string;
}

export interface WaveEstimate { index: number; name: string; people: number; sms: number; email: number; unreachable: number; smsSegments: number; smsSeconds: number | null }
export interface Estimate { callTreeId: string; people: number; smsSegments: number; segmentsPerSecond: number | null; smsSeconds: number | null; waves: WaveEstimate[] }

export interface ActivationSummary {
  activationId: string;
  callTreeId: string;
  incidentId: string | null;
  instanceId: string | null;
  status: string;
  activatedBy: string;
  message: string | null;
  at: string;
  finishedAt: string | null;
  confirmationRate: number | null;
}

export interface ReportWave { index: number; name: string; quorum: string; total: number; asked: number; confirmed: number; rate: number; quorumMet: boolean; startedAt: string | null; endedAt: string | null }
export interface ReportPerson { personId: string; name: string | null; wave: number; channel: string | null; status: string; confirmedAt: string | null; via: string | null; lastMessageStatus?: string | null }

/** `GET /api/call-trees/{id}/activations/{activationId}`. */
export interface ActivationReport {
  activationId: string;
  callTreeId: string;
  incidentId: string | null;
  instanceId: string | null;
  status: string;
  at: string;
  finishedAt: string | null;
  total: number;
  confirmed: number;
  confirmationRate: number;
  waves: ReportWave[];
  people: ReportPerson[];
}

const treeUrl = (id: string) => `/api/call-trees/${encodeURIComponent(id)}`;

export const fetchCallTrees = () => http.get<CallTree[]>('/api/call-trees');
export const fetchEstimate = (id: string, message: string) =>
  http.get<Estimate>(`${treeUrl(id)}/estimate${message.trim() ? `?message=${encodeURIComponent(message)}` : ''}`);
export const fetchActivations = (id: string) => http.get<ActivationSummary[]>(`${treeUrl(id)}/activations?limit=10`);
export const fetchReport = (id: string, activationId: string) => http.get<ActivationReport>(`${treeUrl(id)}/activations/${encodeURIComponent(activationId)}`);

export const activateCallTree = (id: string, body: { incidentId?: string; message?: string }) =>
  http.request<{ activationId: string; startedInstances: string[] }>(`${treeUrl(id)}/activate`, { method: 'POST', body }).then((r) => r.data);
