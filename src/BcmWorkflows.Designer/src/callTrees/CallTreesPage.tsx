import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime, percent } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { ActivateForm } from './ActivateForm';
import { fetchActivations, fetchCallTrees, type CallTree } from './callTreeApi';

/** The latest activations of one tree, each opening its live view. */
function Activations({ tree }: { tree: CallTree }) {
  const { data, error } = useLoad(() => fetchActivations(tree.id), tree.id);
  if (error) return <ErrorNotice report={error} />;
  if (!data) return <p className="muted">Loading activations…</p>;
  if (data.length === 0) return <p className="muted">Never activated.</p>;
  return (
    <ul className="activations">
      {data.map((a) => (
        <li key={a.activationId}>
          <Link to={`/call-trees/${encodeURIComponent(tree.id)}/activations/${encodeURIComponent(a.activationId)}`}>{formatDateTime(a.at)}</Link>
          {' '}{a.status}{a.confirmationRate !== null && `, ${percent(a.confirmationRate)} confirmed`}
          <span className="muted"> by {a.activatedBy}{a.incidentId && `, incident ${a.incidentId}`}</span>
        </li>
      ))}
    </ul>
  );
}

/** Every call tree with its waves and latest activations; activate one after seeing what it would send. */
export function CallTreesPage() {
  const { data, error, loading, reload } = useLoad(fetchCallTrees, 'all');
  const [activating, setActivating] = useState<string>();
  return (
    <main className="people-page">
      <div className="page-header"><h1>Call trees</h1><button type="button" onClick={reload}>Refresh</button></div>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && data.length === 0 && <p>No call trees yet.</p>}
      {data?.map((tree) => (
        <section key={tree.id} className="call-tree" aria-labelledby={`tree-${tree.id}`}>
          <div className="page-header">
            <h2 id={`tree-${tree.id}`}>{tree.name}</h2>
            <button type="button" onClick={() => setActivating(tree.id)} disabled={activating === tree.id}>Activate…</button>
          </div>
          {tree.description && <p>{tree.description}</p>}
          <ol className="waves">
            {tree.waves.map((w, i) => (
              <li key={i}>{w.name}: {w.members.length} {w.members.length === 1 ? 'member' : 'members'}, quorum {String(w.quorum)}, wait {w.wait}
                {w.channels.length > 0 && <span className="muted"> via {w.channels.join(', ')}</span>}</li>
            ))}
          </ol>
          {activating === tree.id && <ActivateForm tree={tree} onCancel={() => setActivating(undefined)} />}
          <h3>Latest activations</h3>
          <Activations tree={tree} />
        </section>
      ))}
    </main>
  );
}
