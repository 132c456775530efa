import { useState, type FormEvent } from 'react';
import { createDefinition } from '../api/client';
import { ApiError } from '../api/http';
import { problemMessages } from '../api/problem';
import { navigate } from '../router/navigation';
import { newDefinition } from './importFile';
import { definitionIdProblem } from './rows';

/** A new id and name → an empty version 1 on the server → the designer. */
export function CreateWorkflowForm({ existingIds, onCancel }: { existingIds: string[]; onCancel: () => void }) {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = definitionIdProblem(id.trim(), existingIds);
    if (problem) return setError(problem);
    setBusy(true);
    setError(undefined);
    try {
      const saved = await createDefinition(newDefinition(id.trim(), name));
      navigate(`/workflows/${encodeURIComponent(saved.definitionId)}`);
    } catch (e) {
      const messages = e instanceof ApiError
        ? (e.status === 412 ? [e.problem?.detail ?? 'That id was taken meanwhile.'] : problemMessages(e.problem).map((m) => `${m.path}: ${m.message}`))
        : [];
      setError(messages.length > 0 ? messages.join(' ') : e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">New workflow</h2>
      <label htmlFor="new-id">Id</label>
      <input id="new-id" required value={id} onChange={(e) => setId(e.target.value)} aria-describedby="new-id-hint" />
      <small id="new-id-hint">Used in URLs and events; cannot be changed later.</small>
      <label htmlFor="new-name">Name</label>
      <input id="new-name" value={name} onChange={(e) => setName(e.target.value)} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="buttons">
        <button type="submit" disabled={busy}>Create and open designer</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
