import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { DecisionForm } from './DecisionForm';
import { DelegateForm } from './DelegateForm';
import { PlanDiffView } from './PlanDiffView';
import { fetchTask, type TaskDetail } from './taskApi';
import { dueText, isPlanRevision, peopleText } from './taskLabels';

interface TaskDetailPageProps {
  taskId: string;
  /** The list this page was opened from (`/tasks` or `/my/tasks`). */
  backTo: string;
}

function Facts({ task }: { task: TaskDetail }) {
  return (
    <dl className="facts">
      <dt>Status</dt><dd>{task.status}{task.outcome && `: ${task.outcome}`}</dd>
      <dt>Due</dt>
      <dd className={task.overdue ? 'overdue-text' : undefined}>{formatDateTime(task.dueAt)}{task.status === 'Open' && ` (${dueText(task.dueAt, task.overdue)})`}</dd>
      <dt>Assignees</dt><dd>{peopleText(task.assignees)}{task.assignees.length === 0 && ` (${task.assigneeRefs.join(', ')})`}</dd>
      <dt>Delegates</dt>
      <dd>{task.delegates.length === 0 ? '—' : task.delegates.map((d) => (
        <div key={d.personId}>{d.name ?? d.personId} <span className="muted">by {d.delegatedBy}, {formatDateTime(d.at)}{d.comment && `: “${d.comment}”`}</span></div>
      ))}</dd>
      {task.escalatedAt && <><dt>Escalated</dt><dd>{formatDateTime(task.escalatedAt)} to {task.escalateTo ?? '—'}</dd></>}
      {task.completedAt && <><dt>Completed</dt><dd>{formatDateTime(task.completedAt)} by {task.completedBy}{task.comment && `: “${task.comment}”`}</dd></>}
      <dt>Created</dt><dd>{formatDateTime(task.createdAt)}</dd>
    </dl>
  );
}

/** One task: what to decide (with a plan revision's diff), who may, the decision buttons, and what happened so far. */
export function TaskDetailPage({ taskId, backTo }: TaskDetailPageProps) {
  const { data, setData, error, reload } = useLoad(() => fetchTask(taskId), taskId);
  const [announcement, setAnnouncement] = useState('');

  const onDecided = (task: TaskDetail) => {
    setData(task);
    setAnnouncement(`Task completed: ${task.outcome ?? task.status}.`);
  };
  const onDelegated = (task: TaskDetail) => {
    setData(task);
    setAnnouncement(`Delegated to ${task.delegates[task.delegates.length - 1]?.name ?? 'the chosen person'}.`);
  };

  return (
    <main className="people-page task-detail">
      <p><Link to={backTo}>← Back to the list</Link></p>
      <ErrorNotice report={error} onRetry={reload} />
      <p role="status" className="announcement">{announcement}</p>
      {!data && !error && <p>Loading…</p>}
      {data && (
        <>
          <h1>{data.title}</h1>
          {data.description && <p className="description">{data.description}</p>}
          <Facts task={data} />
          {isPlanRevision(data.context) && <PlanDiffView context={data.context} />}
          {data.context != null && !isPlanRevision(data.context) && (
            <details><summary>Context</summary><pre>{JSON.stringify(data.context, null, 2)}</pre></details>
          )}
          {data.canComplete && <DecisionForm task={data} onDecided={onDecided} />}
          {data.status === 'Open' && !data.canComplete && <p className="muted">You may read this task but only its assignees and delegates decide it.</p>}
          {data.canDelegate && <DelegateForm task={data} onDelegated={onDelegated} />}
          <section aria-labelledby="task-history-title">
            <h2 id="task-history-title">History</h2>
            {data.history.length === 0 ? <p>Nothing recorded yet.</p> : (
              <ol className="history">
                {data.history.map((h, i) => <li key={i}><time dateTime={h.at}>{formatDateTime(h.at)}</time> — {h.summary} <span className="muted">({h.actor})</span></li>)}
              </ol>
            )}
          </section>
        </>
      )}
    </main>
  );
}
