import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { fetchOutbox, type OutboxFilter } from './outboxApi';
import { channels, firstPage, nextCursor, outboxStatuses, previousCursor, statusTone, type OutboxCursor } from './outboxLabels';

const limit = 50;

/** Every message sent, newest first, filtered by status, channel, instance or person, paged with `before`. */
export function OutboxPage() {
  const [filter, setFilter] = useState<OutboxFilter>({});
  const [draft, setDraft] = useState<OutboxFilter>({});
  const [cursor, setCursor] = useState<OutboxCursor>(firstPage);
  const request = { ...filter, limit, ...(cursor.before ? { before: cursor.before } : {}) };
  const { data, error, loading, reload } = useLoad(() => fetchOutbox(request), JSON.stringify(request));
  const next = data ? nextCursor(cursor, data, limit) : undefined;
  const previous = previousCursor(cursor);
  const set = (name: keyof OutboxFilter) => (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value || undefined });

  return (
    <main className="people-page">
      <div className="page-header"><h1>Outbox</h1><button type="button" onClick={reload}>Refresh</button></div>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); setFilter(draft); setCursor(firstPage); }}>
        <label>Status <select value={draft.status ?? ''} onChange={set('status')}>
          <option value="">Any</option>{outboxStatuses.map((s) => <option key={s}>{s}</option>)}</select></label>
        <label>Channel <select value={draft.channel ?? ''} onChange={set('channel')}>
          <option value="">Any</option>{channels.map((c) => <option key={c}>{c}</option>)}</select></label>
        <label>Instance <input value={draft.instanceId ?? ''} onChange={set('instanceId')} size={14} /></label>
        <label>Person <input value={draft.personId ?? ''} onChange={set('personId')} size={14} /></label>
        <button type="submit">Filter</button>
      </form>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && data.length === 0 && <p role="status">No messages{cursor.before ? ' on this page' : ''}.</p>}
      {data && data.length > 0 && (
        <table className="data">
          <caption className="visually-hidden">Outbox messages, newest first</caption>
          <thead><tr>
            <th scope="col">Created</th><th scope="col">Channel</th><th scope="col">Recipient</th><th scope="col">Template</th>
            <th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Last error</th>
          </tr></thead>
          <tbody>
            {data.map((m) => (
              <tr key={m.id}>
                <th scope="row"><Link to={`/outbox/${encodeURIComponent(m.id)}`} aria-label={`Message ${m.id} of ${formatDateTime(m.createdAt)}`}>{formatDateTime(m.createdAt)}</Link></th>
                <td>{m.channel}</td>
                <td>{m.recipient}</td>
                <td>{m.templateKey ?? '—'}</td>
                <td><span className={`pill ${statusTone(m.status)}`}>{m.status}</span></td>
                <td>{m.attempts}</td>
                <td>{m.lastError ? <>{m.errorCode && <code>{m.errorCode}</code>} {m.lastError}</> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={!previous} onClick={() => previous && setCursor(previous)}>Newer</button>
        <button type="button" disabled={!next} onClick={() => next && setCursor(next)}>Older</button>
      </nav>
    </main>
  );
}
