import type { ErrorReport } from './errors';

interface ErrorNoticeProps {
  report: ErrorReport | undefined;
  onRetry?: () => void;
}

/** A failed request as the server explained it, announced to screen readers. */
export function ErrorNotice({ report, onRetry }: ErrorNoticeProps) {
  if (!report) return null;
  return (
    <div className="error" role="alert">
      <strong>{report.title}</strong>
      {report.detail && <div>{report.detail}</div>}
      {report.messages.length > 0 && (
        <ul>
          {report.messages.map((m) => <li key={`${m.path}:${m.message}`}><code>{m.path}</code>: {m.message}</li>)}
        </ul>
      )}
      {onRetry && <button type="button" onClick={onRetry}>Retry</button>}
    </div>
  );
}
