import { useState } from 'react';
import { previewChannelFor, previewRequest, smsSummary, type PreviewChannel, type PreviewLanguage } from './templatePreview';
import { useTemplatePreview } from './useTemplatePreview';

interface TemplatePreviewProps {
  id: string;
  /** A template key or inline Scriban text. */
  template: string;
  activityType: string;
  /** The activity's inline email subject, previewed with inline text. */
  subject?: string | undefined;
}

/** What the message will look like, rendered by the server with the template's sample model. */
export function TemplatePreview({ id, template, activityType, subject }: TemplatePreviewProps) {
  const [channel, setChannel] = useState<PreviewChannel>(() => previewChannelFor(activityType));
  const [language, setLanguage] = useState<PreviewLanguage>('en');
  const state = useTemplatePreview(previewRequest(template, channel, language, subject));

  return (
    <section className="template-preview" aria-labelledby={`${id}-title`}>
      <header className="inline-fields">
        <h4 id={`${id}-title`}>Preview</h4>
        <label>Channel{' '}
          <select value={channel} onChange={(e) => setChannel(e.target.value as PreviewChannel)}>
            <option value="Sms">SMS</option>
            <option value="Email">Email</option>
          </select>
        </label>
        <label>Language{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as PreviewLanguage)}>
            <option value="en">English</option>
            <option value="zh-CN">中文 (zh-CN)</option>
          </select>
        </label>
      </header>
      <div aria-live="polite">
        {state.kind === 'idle' && <p className="muted">Nothing to preview.</p>}
        {state.kind === 'loading' && <p className="muted" role="status">Rendering…</p>}
        {state.kind === 'failed' && (
          <div className="field-error" role="alert">{state.messages.map((m, i) => <p key={i}>{m}</p>)}</div>
        )}
        {state.kind === 'shown' && (
          <>
            {state.preview.subject && <p><strong>Subject:</strong> {state.preview.subject}</p>}
            <pre className="preview-body">{state.preview.body}</pre>
            {smsSummary(state.preview) && <p role="status" className="sms-summary">{smsSummary(state.preview)}</p>}
            <p className="muted">Rendered from {state.preview.source === 'Inline' ? 'the text above' : `${state.preview.template} (${state.preview.source})`}, {state.preview.language}.</p>
          </>
        )}
      </div>
    </section>
  );
}
