import { instancesHref } from '../instances/filters';
import { Link } from '../router/Link';
import type { WorkflowRow } from './rows';

interface WorkflowTableProps {
  rows: WorkflowRow[];
  onExport: (definitionId: string) => void;
  onRun: (definitionId: string) => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function WorkflowTable({ rows, onExport, onRun }: WorkflowTableProps) {
  if (rows.length === 0) return <p>No workflows yet. Create one or import a JSON file.</p>;
  return (
    <table className="workflows">
      <caption className="visually-hidden">Workflow definitions</caption>
      <thead>
        <tr>
          <th scope="col">Workflow</th>
          <th scope="col">Latest</th>
          <th scope="col">Published</th>
          <th scope="col">Running instances</th>
          <th scope="col">Last change</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.definitionId}>
            <th scope="row">
              <Link to={`/workflows/${encodeURIComponent(row.definitionId)}`}>{row.name}</Link>
              <small className="muted"> {row.definitionId}</small>
              {row.description && <div className="muted">{row.description}</div>}
            </th>
            <td>v{row.latestVersion}{row.hasDraft && <small className="badge"> draft</small>}</td>
            <td>{row.published}</td>
            <td aria-busy={row.runningInstances === undefined}>
              <Link to={instancesHref(row.definitionId)} aria-label={`Instances of ${row.name}`}>{row.runningInstances ?? '…'}</Link>
            </td>
            <td>
              {row.updatedAt ? <time dateTime={row.updatedAt.toISOString()}>{dateFormat.format(row.updatedAt)}</time> : '—'}
              <div className="muted">by {row.updatedBy}</div>
            </td>
            <td className="row-actions">
              <button type="button" onClick={() => onRun(row.definitionId)} aria-label={`Run ${row.name}`}>Run…</button>
              <Link to={instancesHref(row.definitionId)}>Instances</Link>
              <button type="button" onClick={() => onExport(row.definitionId)} aria-label={`Export ${row.name} as JSON`}>
                Export JSON
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
