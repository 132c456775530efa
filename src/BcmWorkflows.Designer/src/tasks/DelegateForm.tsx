import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, type ErrorReport } from '../common/errors';
import { delegateTask, searchPeople, type TaskDetail } from './taskApi';

interface DelegateFormProps {
  task: TaskDetail;
  onDelegated: (task: TaskDetail) => void;
}

/** Find a person by name and let them complete the task too, with an optional note. */
export function DelegateForm({ task, onDelegated }: DelegateFormProps) {
  const [search, setSearch] = useState('');
  const [people, setPeople] = useState<{ id: string; name: string }[]>();
  const [personId, setPersonId] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ErrorReport>();
  const [busy, setBusy] = useState(false);

  const find = async () => {
    setError(undefined);
    try {
      const found = await searchPeople(search.trim());
      setPeople(found);
      setPersonId(found[0]?.id ?? '');
    } catch (e) {
      setError(errorReport(e));
    }
  };

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onDelegated(await delegateTask(task.id, personId, comment));
      setComment('');
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="delegate">
      <summary>Delegate this task</summary>
      <div className="panel">
        <label htmlFor="delegate-search">Find a person</label>
        <div className="row">
          <input id="delegate-search" value={search} onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void find(); } }} />
          <button type="button" onClick={() => void find()}>Search</button>
        </div>
        {people && people.length === 0 && <p role="status">Nobody matches “{search}”.</p>}
        {people && people.length > 0 && (
          <>
            <label htmlFor="delegate-person">Delegate to</label>
            <select id="delegate-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            <label htmlFor="delegate-comment">Note (optional)</label>
            <textarea id="delegate-comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
            <div className="buttons">
              <button type="button" disabled={busy || personId === ''} onClick={() => void submit()}>Delegate</button>
            </div>
          </>
        )}
        <ErrorNotice report={error} />
      </div>
    </details>
  );
}
