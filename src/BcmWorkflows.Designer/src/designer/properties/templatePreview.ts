import { ApiError } from '../../api/http';
import { problemMessages } from '../../api/problem';

export type PreviewChannel = 'Sms' | 'Email';
export type PreviewLanguage = 'en' | 'zh-CN';

/** `POST /api/templates/preview` body: a template key, or inline Scriban text when it is not a known key. */
export interface PreviewRequest {
  template: string;
  channel: PreviewChannel;
  language: PreviewLanguage;
  subject?: string;
}

export interface PreviewResponse {
  template: string;
  source: string;
  channel: string;
  language: string;
  subject: string | null;
  body: string;
  html: string | null;
  encoding: string | null;
  segments: number | null;
  characters: number | null;
}

/** No request for blank text (the server would only answer that a template is required). */
export function previewRequest(template: string, channel: PreviewChannel, language: PreviewLanguage, subject?: string): PreviewRequest | undefined {
  if (template.trim() === '') return undefined;
  return subject !== undefined && subject.trim() !== '' && channel === 'Email'
    ? { template, channel, language, subject }
    : { template, channel, language };
}

/** The channel an activity sends on; Notify and the rest are previewed as SMS (the stricter limit) until changed. */
export function previewChannelFor(activityType: string): PreviewChannel {
  return activityType === 'SendEmail' ? 'Email' : 'Sms';
}

/** "GSM-7 · 2 SMS segments · 170 characters"; nothing for email. */
export function smsSummary(preview: PreviewResponse): string | undefined {
  if (preview.encoding === null || preview.segments === null) return undefined;
  const segments = `${preview.segments} SMS segment${preview.segments === 1 ? '' : 's'}`;
  return [preview.encoding, segments, preview.characters === null ? undefined : `${preview.characters} characters`]
    .filter(Boolean)
    .join(' · ');
}

/** The server's words for a failed preview: title, detail and every message (a Scriban error names line and column). */
export function previewFailure(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  const problem = error.problem;
  const lines = [problem?.title ?? error.message, problem?.detail].filter((l): l is string => !!l);
  return [...lines, ...problemMessages(problem).map((m) => m.message)];
}
