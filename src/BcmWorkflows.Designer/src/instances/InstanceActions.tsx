import { useState } from 'react';
import { ApiError } from '../api/http';
import { cancelInstance, retryInstance } from './api';
import { isActive, type InstanceView } from './types';

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string };

function failureText(action: string, e: unknown): string {
  const problem = e instanceof ApiError ? e.problem : undefined;
  const parts = [problem?.title, problem?.detail].filter((p): p is string => !!p);
  return `${action} failed: ${parts.length > 0 ? [...new Set(parts)].join(' — ') : e instanceof Error ? e.message : String(e)}`;
}

/** Cancel (after a confirmation) while the instance can still change; Retry when it is Faulted. */
export function InstanceActions({ instance, onChanged }: { instance: InstanceView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const act = async (action: string, call: (id: string) => Promise<void>, done: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      await call(instance.instanceId);
      setOutcome({ kind: 'done', text: done });
    } catch (e) {
      setOutcome({ kind: 'failed', text: failureText(action, e) });
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  const cancel = () => {
    if (window.confirm(`Cancel instance ${instance.instanceId}? Its waits are removed and it will not continue.`))
      void act('Cancel', cancelInstance, 'The instance was cancelled.');
  };

  return (
    <div className="instance-actions">
      {isActive(instance.status) && <button type="button" disabled={busy} onClick={cancel}>Cancel instance…</button>}
      {instance.status === 'Faulted' && (
        <button type="button" disabled={busy} onClick={() => void act('Retry', retryInstance, 'The faulted activity was run again.')}>Retry</button>
      )}
      {outcome?.kind === 'done' && <span role="status">{outcome.text}</span>}
      {outcome?.kind === 'failed' && <span className="error" role="alert">{outcome.text}</span>}
    </div>
  );
}
