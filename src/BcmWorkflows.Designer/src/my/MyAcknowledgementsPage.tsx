import { fetchMe } from '../api/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { fetchOutbox } from '../outbox/outboxApi';
import { ackLabel, acknowledgementsToShow } from '../outbox/outboxLabels';

/** The person linked to the user and their latest messages; without a linked person there is nothing of "mine". */
async function loadMine() {
  const me = await fetchMe();
  if (!me.personId) return { linked: false, messages: [] };
  return { linked: true, messages: await fetchOutbox({ personId: me.personId, limit: 200 }) };
}

/**
 * The signed-in person's messages that asked for a confirmation (`GET /api/outbox?personId=` with the person linked
 * to the user; Staff may read no one else's). Confirming goes through the same link page as the message.
 */
export function MyAcknowledgementsPage() {
  const { data, error, loading, reload } = useLoad(loadMine, 'mine');
  const rows = data ? acknowledgementsToShow(data.messages) : undefined;
  return (
    <main className="people-page">
      <div className="page-header"><h1>My acknowledgements</h1><button type="button" onClick={reload}>Refresh</button></div>
      <ErrorNotice report={error} onRetry={reload} />
      {!rows && loading && <p>Loading…</p>}
      {data && !data.linked && <p role="status">Your account is not linked to a person, so no message was sent to you.</p>}
      {data?.linked && rows && rows.length === 0 && <p role="status">No message has asked you for a confirmation.</p>}
      {rows && rows.length > 0 && (
        <ul className="ack-list">
          {rows.map((m) => (
            <li key={m.ackRequestId} className={`ack-item ack-${(m.ackStatus ?? 'none').toLowerCase()}`}>
              <div className="ack-summary">{m.subject ?? m.body}</div>
              <div className="muted">{m.channel} to {m.recipient}, {formatDateTime(m.createdAt)}</div>
              <div><strong>{ackLabel(m.ackStatus)}</strong>
                {m.ackStatus === 'Open' && m.ackExpiresAt && <span className="muted"> — until {formatDateTime(m.ackExpiresAt)}</span>}
                {m.ackConfirmedAt && <span className="muted"> — {formatDateTime(m.ackConfirmedAt)}</span>}</div>
              {m.ackStatus === 'Open' && (
                <div className="ack-actions">
                  {m.ackUrl && <a className="button-link" href={m.ackUrl}>Confirm</a>}
                  {m.replyCode && <span>or reply <strong>{m.replyCode}</strong> to the SMS</span>}
                  {!m.ackUrl && !m.replyCode && <span className="muted">No link or reply code was sent with this message.</span>}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
