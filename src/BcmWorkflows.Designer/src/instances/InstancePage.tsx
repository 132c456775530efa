import { useMemo, useState } from 'react';
import { Link } from '../router/Link';
import { executedPath } from './executedPath';
import { instancesHref } from './filters';
import { formatTime } from './format';
import { InstanceActions } from './InstanceActions';
import { InstanceDetails } from './InstanceDetails';
import { InstanceGraph, Legend } from './InstanceGraph';
import { JournalTable } from './JournalTable';
import { StatusBadge } from './StatusBadge';
import { isActive } from './types';
import { useInstance } from './useInstance';

/** `/instances/:id`: the run drawn over the definition version it runs on, with journal, incidents and data beside it. */
export function InstancePage({ instanceId }: { instanceId: string }) {
  const { run, shape, error, shapeError, refresh } = useInstance(instanceId);
  const [selectedId, setSelectedId] = useState<string>();

  const path = useMemo(() => shape && run ? executedPath({
    definition: shape.definition, journal: run.journal, bookmarks: run.instance.bookmarks, ended: !isActive(run.instance.status),
  }) : undefined, [shape, run]);
  const names = useMemo(() => new Map((shape?.definition.root.activities ?? []).map((a) => [a.id, a.name || a.id])), [shape]);

  if (!run) {
    return error ? <main><p className="error" role="alert">{error} <button type="button" onClick={refresh}>Retry</button></p></main> : <main><p>Loading…</p></main>;
  }
  const { instance, journal } = run;
  return (
    <main className="instance-page">
      <div className="page-header">
        <h1>
          {shape?.definition.name || instance.definitionId} <small className="muted">v{instance.definitionVersion}</small>{' '}
          <StatusBadge status={instance.status} />
        </h1>
        <InstanceActions instance={instance} onChanged={refresh} />
        <button type="button" onClick={refresh}>Refresh</button>
      </div>
      <p className="instance-meta">
        <code>{instance.instanceId}</code>
        {instance.correlationId && <> · correlation <code>{instance.correlationId}</code></>}
        {' '}· created {formatTime(instance.createdAt)} · updated {formatTime(instance.updatedAt)}
        {instance.finishedAt && <> · finished {formatTime(instance.finishedAt)}</>}
        {' '}· <Link to={instancesHref(instance.definitionId)}>all instances of this workflow</Link>
        {instance.parentInstanceId && <> · started by <Link to={`/instances/${encodeURIComponent(instance.parentInstanceId)}`}>{instance.parentInstanceId}</Link></>}
      </p>
      <p className="visually-hidden" role="status">{`Status ${instance.status}${isActive(instance.status) ? ', refreshing every few seconds' : ''}`}</p>
      {error && <p className="error" role="alert">Refreshing failed: {error} <button type="button" onClick={refresh}>Retry</button></p>}
      <div className="instance-body">
        <div className="instance-diagram">
          {shapeError && <p className="error" role="alert">The definition could not be loaded: {shapeError}</p>}
          {shape && path && (
            <>
              <Legend />
              <InstanceGraph definition={shape.definition} descriptors={shape.descriptors} path={path} selectedId={selectedId} onSelect={setSelectedId} />
            </>
          )}
          {!shape && !shapeError && <p>Loading the diagram…</p>}
        </div>
        <aside className="instance-side" aria-label="Run details">
          <section aria-labelledby="journal-title">
            <h2 id="journal-title">Journal</h2>
            <JournalTable journal={journal} definition={shape?.definition} selectedId={selectedId} onSelect={setSelectedId} />
          </section>
          <InstanceDetails instance={instance} names={names} onSelect={setSelectedId} />
        </aside>
      </div>
    </main>
  );
}
