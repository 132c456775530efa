import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/http';
import type { WorkflowDefinition } from '../model/definition';
import { Link } from '../router/Link';
import { startInstance } from './api';
import { fieldErrors, initialValues, inputFields, toInput, type FormValues } from './inputForm';
import { InputEditor } from './InputEditor';
import type { StartResult } from './types';

interface RunDialogProps {
  definition: WorkflowDefinition;
  onClose: () => void;
  onStarted: (instanceId: string) => void;
}

type Failure = { title: string; detail?: string; other: { path: string; message: string }[] };

/**
 * Starts an instance: a form built from the definition's inputs, an optional correlation id and the version
 * (published, or the version shown). A native modal `<dialog>` keeps focus inside and closes on Esc. On a
 * failure everything typed stays; problems on inputs appear under their fields.
 */
export function RunDialog({ definition, onClose, onStarted }: RunDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fields = useMemo(() => inputFields(definition.inputs), [definition.inputs]);
  const [values, setValues] = useState<FormValues>(() => initialValues(definition.inputs));
  const [correlationId, setCorrelationId] = useState('');
  const [version, setVersion] = useState(definition.isPublished || definition.version === undefined ? 'published' : String(definition.version));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<StartResult>();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = toInput(fields, values);
    setFailure(undefined);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    setBusy(true);
    try {
      const result = await startInstance(definition.definitionId, {
        input: parsed.input,
        ...(correlationId.trim() ? { correlationId: correlationId.trim() } : {}),
        ...(version !== 'published' ? { version: Number(version) } : {}),
      });
      setStarted(result);
      onStarted(result.instanceId);
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : undefined;
      const split = fieldErrors(problem?.errors, fields);
      setErrors(split.byField);
      // With `errors` the server's detail repeats them; they are shown by field instead.
      const detail = problem?.errors ? undefined : problem?.detail;
      setFailure({ title: problem?.title ?? (e instanceof Error ? e.message : String(e)), ...(detail ? { detail } : {}), other: split.other });
    } finally {
      setBusy(false);
    }
  };

  const title = `Run ${definition.name || definition.definitionId}`;
  return (
    <dialog ref={dialog} className="run-dialog" aria-labelledby="run-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form onSubmit={submit}>
        <h2 id="run-title">{title}</h2>
        {fields.length === 0 && <p className="muted">This workflow declares no inputs.</p>}
        {fields.map((field) => (
          <InputEditor key={field.name} field={field} value={values[field.name] ?? ''} error={errors[field.name]}
            onChange={(value) => setValues((old) => ({ ...old, [field.name]: value }))} />
        ))}
        <label htmlFor="run-correlation">Correlation id <small className="muted">optional</small></label>
        <input id="run-correlation" value={correlationId} maxLength={200} onChange={(e) => setCorrelationId(e.target.value)} />
        <label htmlFor="run-version">Version</label>
        <select id="run-version" value={version} onChange={(e) => setVersion(e.target.value)}>
          <option value="published">The published version</option>
          {definition.version !== undefined && <option value={String(definition.version)}>Version {definition.version} (shown)</option>}
        </select>
        <div aria-live="polite">
          {failure && (
            <div className="error" role="alert">
              <p>{failure.title}{failure.detail && failure.detail !== failure.title ? ` ${failure.detail}` : ''}</p>
              {failure.other.length > 0 && <ul>{failure.other.map((p, i) => <li key={i}><code>{p.path}</code> {p.message}</li>)}</ul>}
            </div>
          )}
          {started && (
            <p role="status">
              Started instance <Link to={`/instances/${encodeURIComponent(started.instanceId)}`}>{started.instanceId}</Link>{' '}
              (version {started.definitionVersion}, {started.status}).
            </p>
          )}
        </div>
        <div className="buttons">
          <button type="submit" disabled={busy}>{started ? 'Run again' : 'Run'}</button>
          <button type="button" onClick={onClose}>Close</button>
        </div>
      </form>
    </dialog>
  );
}
