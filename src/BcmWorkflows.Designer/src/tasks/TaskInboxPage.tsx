import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { fetchTasks } from './taskApi';
import { dueText, taskStatuses } from './taskLabels';
import { Pager } from '../common/Pager';

interface TaskInboxPageProps {
  /** Only the signed-in person's tasks (`/my/tasks`), or every task the user may act on (`/tasks`). */
  mine: boolean;
  /** Where the task pages of this list live: `/tasks` or `/my/tasks`. */
  basePath: string;
}

const pageSize = 25;

/** The task inbox: newest first, filtered by status (open by default), paged. */
export function TaskInboxPage({ mine, basePath }: TaskInboxPageProps) {
  const [status, setStatus] = useState<string>('Open');
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad(() => fetchTasks({ mine, status, page, pageSize }), `${mine}|${status}|${page}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;

  return (
    <main className="people-page">
      <div className="page-header">
        <h1>{mine ? 'My tasks' : 'Tasks'}</h1>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => { setStatus(e.target.value); setPage(1); }}>
            {taskStatuses.map((s) => <option key={s} value={s}>{s === '' ? 'Any' : s}</option>)}
          </select>
        </label>
        <button type="button" onClick={reload}>Refresh</button>
      </div>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && data.tasks.length === 0 && <p role="status">No {status === '' ? '' : `${status.toLowerCase()} `}tasks.</p>}
      {data && data.tasks.length > 0 && (
        <table className="data">
          <caption className="visually-hidden">{mine ? 'My tasks' : 'Tasks'}, page {page} of {pages}</caption>
          <thead>
            <tr><th scope="col">Task</th><th scope="col">Status</th><th scope="col">Due</th><th scope="col">Outcomes</th><th scope="col">Created</th></tr>
          </thead>
          <tbody>
            {data.tasks.map((t) => (
              <tr key={t.id} className={t.overdue ? 'overdue' : undefined}>
                <th scope="row"><Link to={`${basePath}/${encodeURIComponent(t.id)}`}>{t.title}</Link>
                  {t.subject && <div className="muted">{t.subject}{t.subjectRevision != null && ` rev. ${t.subjectRevision}`}</div>}</th>
                <td>{t.status}{t.outcome && `: ${t.outcome}`}{t.escalatedAt && <div className="badge">escalated</div>}</td>
                <td>{t.status === 'Open' ? <span className={t.overdue ? 'overdue-text' : undefined}>{dueText(t.dueAt, t.overdue)}</span> : formatDateTime(t.completedAt)}</td>
                <td>{t.outcomes.join(', ')}</td>
                <td>{formatDateTime(t.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager page={page} pages={pages} onPage={setPage} note={`(${data.total} tasks)`} />}
    </main>
  );
}
