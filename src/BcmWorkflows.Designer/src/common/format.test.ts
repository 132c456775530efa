import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { errorReport, messagesFor, otherMessages } from './errors';
import { formatDateTime, percent, query } from './format';

describe('formatting', () => {
  it('writes a dash for a missing or unreadable date', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
    expect(formatDateTime('2026-01-02T10:00:00Z')).not.toBe('—');
  });

  it('rounds a rate to a whole percentage', () => {
    expect(percent(0.6667)).toBe('67%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });

  it('leaves unset values out of a query string', () => {
    expect(query({ status: 'Open', mine: true, subject: '', page: undefined })).toBe('?status=Open&mine=true');
    expect(query({})).toBe('');
  });
});

describe('error reports', () => {
  const error = new ApiError(400, 'One or more validation errors occurred.', {
    title: 'One or more validation errors occurred.',
    detail: 'Check the comment.',
    errors: { comment: ['A comment is required when the outcome is Rejected.'], outcome: ['Choose one of Approved, Rejected.'] },
  });

  it('keeps the server title, detail and every message by path', () => {
    const report = errorReport(error);
    expect(report.title).toBe('One or more validation errors occurred.');
    expect(report.detail).toBe('Check the comment.');
    expect(report.messages).toHaveLength(2);
  });

  it('puts a field message under its field and the rest apart', () => {
    const report = errorReport(error);
    expect(messagesFor(report, 'Comment')).toEqual(['A comment is required when the outcome is Rejected.']);
    expect(otherMessages(report, ['comment']).map((m) => m.path)).toEqual(['outcome']);
  });

  it('reports a plain error by its message', () => {
    expect(errorReport(new Error('boom'))).toEqual({ status: -1, title: 'boom', messages: [] });
  });
});
