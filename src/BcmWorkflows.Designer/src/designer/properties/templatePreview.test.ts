import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import { previewChannelFor, previewFailure, previewRequest, smsSummary, type PreviewResponse } from './templatePreview';

const response = (over: Partial<PreviewResponse>): PreviewResponse => ({
  template: 'x', source: 'Inline', channel: 'Sms', language: 'en', subject: null, body: 'Hi', html: null,
  encoding: 'GSM-7', segments: 2, characters: 170, ...over,
});

describe('template preview', () => {
  it('asks nothing for blank text and sends the subject only for email', () => {
    expect(previewRequest('  ', 'Sms', 'en')).toBeUndefined();
    expect(previewRequest('incident-page', 'Sms', 'zh-CN', 'Subj')).toEqual({ template: 'incident-page', channel: 'Sms', language: 'zh-CN' });
    expect(previewRequest('Hi {{ x }}', 'Email', 'en', 'Subj')).toEqual({ template: 'Hi {{ x }}', channel: 'Email', language: 'en', subject: 'Subj' });
  });

  it('previews SendEmail as email and everything else as SMS', () => {
    expect(previewChannelFor('SendEmail')).toBe('Email');
    expect(previewChannelFor('Notify')).toBe('Sms');
  });

  it('summarises SMS encoding, segments and characters', () => {
    expect(smsSummary(response({}))).toBe('GSM-7 · 2 SMS segments · 170 characters');
    expect(smsSummary(response({ encoding: 'UCS-2', segments: 1, characters: 12 }))).toBe('UCS-2 · 1 SMS segment · 12 characters');
    expect(smsSummary(response({ encoding: null, segments: null, characters: null }))).toBeUndefined();
  });

  it("shows the server's words when a template does not render", () => {
    const error = new ApiError(400, 'Bad', { title: 'The template does not parse.', detail: 'sms.sbn line 1, column 4: unexpected }}', errors: { '$.template': ['Broken.'] } });
    expect(previewFailure(error)).toEqual(['The template does not parse.', 'sms.sbn line 1, column 4: unexpected }}', 'Broken.']);
    expect(previewFailure(new Error('offline'))).toEqual(['offline']);
  });
});
