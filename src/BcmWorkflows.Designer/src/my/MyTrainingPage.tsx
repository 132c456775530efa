import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, messagesFor, type ErrorReport } from '../common/errors';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { assignmentState, sortAssignments, trainingSummary } from './training';
import { completeAssignment, fetchMyAssignments, type Assignment } from './trainingApi';

/** Evidence for one open assignment; what was typed stays when the server says no. */
function CompleteForm({ assignment, onDone }: { assignment: Assignment; onDone: (a: Assignment) => void }) {
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<ErrorReport>();
  const [busy, setBusy] = useState(false);
  const id = `evidence-${assignment.id}`;
  const fieldErrors = messagesFor(error, 'evidence');
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await completeAssignment(assignment.id, evidence));
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="complete-training" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label htmlFor={id}>Evidence for “{assignment.courseTitle ?? assignment.courseId}” (certificate number, link, what you did)</label>
      <textarea id={id} rows={2} value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-invalid={fieldErrors.length > 0} />
      {fieldErrors.length > 0 ? <p className="error field-error" role="alert">{fieldErrors.join(' ')}</p> : <ErrorNotice report={error} />}
      <div className="buttons"><button type="submit" disabled={busy}>Mark as completed</button></div>
    </form>
  );
}

/** The training assigned to the signed-in person: what is due, what is overdue, and completing it with evidence. */
export function MyTrainingPage() {
  const { data, setData, error, loading, reload } = useLoad(fetchMyAssignments, 'mine');
  const [announcement, setAnnouncement] = useState('');
  const onDone = (done: Assignment) => {
    setData((list) => list?.map((a) => (a.id === done.id ? done : a)));
    setAnnouncement(`“${done.courseTitle ?? done.courseId}” completed.`);
  };
  const list = data ? sortAssignments(data) : undefined;
  return (
    <main className="people-page">
      <div className="page-header"><h1>My training</h1><button type="button" onClick={reload}>Refresh</button></div>
      <p role="status">{announcement}</p>
      <ErrorNotice report={error} onRetry={reload} />
      {!list && loading && <p>Loading…</p>}
      {list && list.length === 0 && <p>No training is assigned to you.</p>}
      {list && list.length > 0 && (
        <>
          <p>{trainingSummary(list)}</p>
          <ul className="training-list">
            {list.map((a) => (
              <li key={a.id} className={a.status === 'Assigned' && a.overdue ? 'overdue' : undefined}>
                <h2>{a.courseTitle ?? a.courseId}</h2>
                <p><strong className={a.overdue && a.status === 'Assigned' ? 'overdue-text' : undefined}>{assignmentState(a)}</strong>
                  {' — '}due {formatDateTime(a.dueAt)}
                  {a.completedAt && <>, completed {formatDateTime(a.completedAt)}{a.evidence && <>: “{a.evidence}”</>}</>}</p>
                {a.status === 'Assigned' && <CompleteForm assignment={a} onDone={onDone} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
