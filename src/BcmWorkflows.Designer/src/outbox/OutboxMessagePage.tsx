import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime, formatPrecise } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { fetchOutboxMessage } from './outboxApi';
import { ackLabel, smsCost, statusTone } from './outboxLabels';

/** One message: what was sent to whom, its cost, every status change, and its acknowledgement. */
export function OutboxMessagePage({ messageId }: { messageId: string }) {
  const { data: m, error, reload } = useLoad(() => fetchOutboxMessage(messageId), messageId);
  return (
    <main className="people-page">
      <p><Link to="/outbox">← Outbox</Link></p>
      <ErrorNotice report={error} onRetry={reload} />
      {!m && !error && <p>Loading…</p>}
      {m && (
        <>
          <h1>{m.channel} to {m.recipient}</h1>
          <dl className="facts">
            <dt>Status</dt><dd><span className={`pill ${statusTone(m.status)}`}>{m.status}</span> after {m.attempts} {m.attempts === 1 ? 'attempt' : 'attempts'}
              {m.nextAttemptAt && <> — next attempt {formatDateTime(m.nextAttemptAt)}</>}</dd>
            {m.lastError && <><dt>Last error</dt><dd>{m.errorCode && <code>{m.errorCode}</code>} {m.lastError}</dd></>}
            <dt>Template</dt><dd>{m.templateKey ?? '—'} ({m.language})</dd>
            {smsCost(m) && <><dt>SMS</dt><dd>{smsCost(m)}</dd></>}
            <dt>Sender</dt><dd>{m.sender ?? '—'}{m.providerMessageId && <span className="muted"> (provider id {m.providerMessageId})</span>}</dd>
            <dt>Workflow</dt><dd>{m.instanceId ? <>{m.instanceId} <span className="muted">activity {m.activityId}</span></> : '—'}</dd>
            <dt>Person</dt><dd>{m.personId ?? '—'}</dd>
            {m.fallbackGroup && <><dt>Fallback</dt><dd>{m.fallbackGroup}, step {m.fallbackOrder}</dd></>}
            <dt>Created</dt><dd>{formatDateTime(m.createdAt)}</dd>
            {m.ackRequestId && <>
              <dt>Acknowledgement</dt>
              <dd>{ackLabel(m.ackStatus)}{m.ackConfirmedAt && ` (${formatDateTime(m.ackConfirmedAt)})`}
                {m.replyCode && <> — reply code <strong>{m.replyCode}</strong></>}
                {m.ackUrl && <> — <a href={m.ackUrl}>acknowledgement link</a></>}
                {m.ackExpiresAt && <span className="muted"> — expires {formatDateTime(m.ackExpiresAt)}</span>}</dd>
            </>}
          </dl>
          <section aria-labelledby="message-body-title">
            <h2 id="message-body-title">Message</h2>
            {m.subject && <p><strong>Subject:</strong> {m.subject}</p>}
            <pre className="message-body">{m.body}</pre>
          </section>
          <section aria-labelledby="message-history-title">
            <h2 id="message-history-title">Status history</h2>
            {m.statusHistory.length === 0 ? <p>No status change recorded yet.</p> : (
              <table className="data">
                <thead><tr><th scope="col">Time</th><th scope="col">Status</th><th scope="col">Detail</th><th scope="col">Error code</th></tr></thead>
                <tbody>
                  {m.statusHistory.map((h, i) => (
                    <tr key={i}><td>{formatPrecise(h.at)}</td><td><span className={`pill ${statusTone(h.status)}`}>{h.status}</span></td>
                      <td>{h.detail ?? '—'}</td><td>{h.errorCode ?? '—'}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </main>
  );
}
