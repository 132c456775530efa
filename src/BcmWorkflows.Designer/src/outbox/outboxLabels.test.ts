import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from './outboxApi';
import { ackLabel, acknowledgementsToShow, firstPage, nextCursor, previousCursor, smsCost, statusTone } from './outboxLabels';

const message = (id: string, extra: Partial<OutboxMessage> = {}) => ({ id, createdAt: `2026-01-01T10:00:0${id.length}Z`, ackRequestId: null, ackStatus: null, ...extra }) as OutboxMessage;

describe('outbox labels', () => {
  it('tells delivered, failed and waiting apart', () => {
    expect(statusTone('Delivered')).toBe('ok');
    expect(statusTone('Undelivered')).toBe('bad');
    expect(statusTone('Pending')).toBe('waiting');
  });

  it('writes the cost of an sms and nothing for an email', () => {
    expect(smsCost({ channel: 'Sms', encoding: 'UCS-2', segments: 2 })).toBe('UCS-2, 2 segments');
    expect(smsCost({ channel: 'Sms', encoding: null, segments: 1 })).toBe('1 segment');
    expect(smsCost({ channel: 'Email', encoding: null, segments: 0 })).toBeUndefined();
  });

  it('says what an acknowledgement status means to its recipient', () => {
    expect(ackLabel('Open')).toBe('Waiting for your confirmation');
    expect(ackLabel('Closed')).toBe('No longer needed');
    expect(ackLabel(null)).toBe('—');
  });
});

describe('outbox paging with before', () => {
  it('continues after the last id of a full page and stops after a short one', () => {
    const second = nextCursor(firstPage, [message('a'), message('b')], 2);
    expect(second).toEqual({ before: 'b', previous: [undefined] });
    expect(nextCursor(second!, [message('c')], 2)).toBeUndefined();
  });

  it('goes back to the page before, and not before the first', () => {
    const third = nextCursor(nextCursor(firstPage, [message('a'), message('b')], 2)!, [message('c'), message('d')], 2)!;
    expect(third.before).toBe('d');
    expect(previousCursor(third)).toEqual({ before: 'b', previous: [undefined] });
    expect(previousCursor(previousCursor(third)!)).toEqual(firstPage);
    expect(previousCursor(firstPage)).toBeUndefined();
  });
});

describe('my acknowledgements', () => {
  it('shows one row per request, open ones first, and leaves out messages that ask nothing', () => {
    const rows = acknowledgementsToShow([
      message('sms1', { ackRequestId: 'r1', ackStatus: 'Confirmed' }),
      message('mail1', { ackRequestId: 'r1', ackStatus: 'Confirmed' }),
      message('x', {}),
      message('sms2', { ackRequestId: 'r2', ackStatus: 'Open' }),
    ]);
    expect(rows.map((m) => m.id)).toEqual(['sms2', 'sms1']);
  });
});
