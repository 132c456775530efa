import type { DefinitionSummary } from '../api/types';
import { Link } from '../router/Link';
import { formatTime } from './format';
import { StatusBadge } from './StatusBadge';
import type { InstanceView } from './types';

interface InstanceTableProps {
  items: readonly InstanceView[];
  definitions: readonly DefinitionSummary[];
}

function Time({ iso }: { iso: string | null | undefined }) {
  return iso ? <time dateTime={iso}>{formatTime(iso)}</time> : <>—</>;
}

export function InstanceTable({ items, definitions }: InstanceTableProps) {
  const names = new Map(definitions.map((d) => [d.definitionId, d.name || d.definitionId]));
  return (
    <table className="instances">
      <caption className="visually-hidden">Workflow instances, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Instance</th>
          <th scope="col">Workflow</th>
          <th scope="col">Status</th>
          <th scope="col">Correlation</th>
          <th scope="col">Created</th>
          <th scope="col">Updated</th>
          <th scope="col">Finished</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.instanceId}>
            <th scope="row"><Link to={`/instances/${encodeURIComponent(i.instanceId)}`}><code>{i.instanceId}</code></Link></th>
            <td>
              <Link to={`/workflows/${encodeURIComponent(i.definitionId)}`}>{names.get(i.definitionId) ?? i.definitionId}</Link>
              <span className="muted"> v{i.definitionVersion}</span>
            </td>
            <td><StatusBadge status={i.status} /></td>
            <td>{i.correlationId || <span className="muted">—</span>}</td>
            <td><Time iso={i.createdAt} /></td>
            <td><Time iso={i.updatedAt} /></td>
            <td><Time iso={i.finishedAt} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
