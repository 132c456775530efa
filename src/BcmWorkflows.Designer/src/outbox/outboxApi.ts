import { http } from '../api/client';
import { query } from '../common/format';

export interface StatusChange { status: string; at: string; detail: string | null; errorCode: string | null }

/** `GET /api/outbox` item. */
export interface OutboxMessage {
  id: string;
  channel: string;
  recipient: string;
  personId: string | null;
  instanceId: string | null;
  activityId: string | null;
  templateKey: string | null;
  language: string;
  subject: string | null;
  body: string;
  htmlBody: string | null;
  encoding: string | null;
  segments: number;
  status: string;
  attempts: number;
  lastError: string | null;
  errorCode: string | null;
  sender: string | null;
  providerMessageId: string | null;
  nextAttemptAt: string | null;
  fallbackGroup: string | null;
  fallbackOrder: number;
  createdAt: string;
  updatedAt: string;
  statusHistory: StatusChange[];
  ackRequestId: string | null;
  replyCode: string | null;
  ackUrl: string | null;
  /** Open, Confirmed, Expired or Closed; null when the message asks for no acknowledgement. */
  ackStatus: string | null;
  ackExpiresAt: string | null;
  ackConfirmedAt: string | null;
}

export interface OutboxFilter {
  status?: string;
  channel?: string;
  instanceId?: string;
  personId?: string;
  limit?: number;
  /** The id of the last message of the previous page. */
  before?: string;
}

export const fetchOutbox = (filter: OutboxFilter) => http.get<OutboxMessage[]>(`/api/outbox${query({ ...filter })}`);

export const fetchOutboxMessage = (id: string) => http.get<OutboxMessage>(`/api/outbox/${encodeURIComponent(id)}`);
