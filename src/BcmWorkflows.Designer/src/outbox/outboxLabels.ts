import type { OutboxMessage } from './outboxApi';

export const outboxStatuses = ['Standby', 'Pending', 'Sending', 'Sent', 'Delivered', 'Failed', 'Undelivered', 'Cancelled'] as const;
export const channels = ['Sms', 'Email'] as const;

/** The tone of a delivery status: done, failed, or still on its way. */
export function statusTone(status: string): 'ok' | 'bad' | 'waiting' {
  if (/^(delivered|sent|confirmed|received)$/i.test(status)) return 'ok';
  if (/^(failed|undelivered|cancelled|expired)$/i.test(status)) return 'bad';
  return 'waiting';
}

/** An SMS body's cost in words: "GSM-7, 2 segments"; emails have none. */
export function smsCost(message: Pick<OutboxMessage, 'channel' | 'encoding' | 'segments'>): string | undefined {
  if (message.channel.toLowerCase() !== 'sms') return undefined;
  const segments = `${message.segments} ${message.segments === 1 ? 'segment' : 'segments'}`;
  return message.encoding ? `${message.encoding}, ${segments}` : segments;
}

/**
 * Paging with `before`: the cursor of the next page is the last id of this one; a page shorter than the limit is the
 * last. `previous` keeps the cursors already used so Back returns to the page before.
 */
export interface OutboxCursor {
  before: string | undefined;
  previous: (string | undefined)[];
}

export const firstPage: OutboxCursor = { before: undefined, previous: [] };

export function nextCursor(cursor: OutboxCursor, page: readonly { id: string }[], limit: number): OutboxCursor | undefined {
  const last = page[page.length - 1];
  if (page.length < limit || !last) return undefined;
  return { before: last.id, previous: [...cursor.previous, cursor.before] };
}

export function previousCursor(cursor: OutboxCursor): OutboxCursor | undefined {
  if (cursor.previous.length === 0) return undefined;
  return { before: cursor.previous[cursor.previous.length - 1], previous: cursor.previous.slice(0, -1) };
}

/** The acknowledgement of a message in words for its recipient. */
export function ackLabel(status: string | null): string {
  switch (status) {
    case 'Open': return 'Waiting for your confirmation';
    case 'Confirmed': return 'Confirmed';
    case 'Expired': return 'Expired';
    case 'Closed': return 'No longer needed';
    default: return '—';
  }
}

/** Messages that asked the person to confirm, newest first, open ones on top (those need something done). */
export function acknowledgementsToShow(messages: readonly OutboxMessage[]): OutboxMessage[] {
  const asked = messages.filter((m) => m.ackRequestId !== null);
  // One row per acknowledgement request: a fallback email for the same request is the same question.
  const byRequest = new Map<string, OutboxMessage>();
  for (const m of asked) if (!byRequest.has(m.ackRequestId!)) byRequest.set(m.ackRequestId!, m);
  const rank = (m: OutboxMessage) => (m.ackStatus === 'Open' ? 0 : 1);
  return [...byRequest.values()].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}
