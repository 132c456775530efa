import { formatDateTime } from '../common/format';
import { newestFirst, statusLabel, statusTone } from './planLabels';
import type { RevisionSummary } from './plansApi';

interface RevisionListProps {
  revisions: RevisionSummary[];
  /** The revision open below the list. */
  shown: number | undefined;
  onOpen: (revision: number) => void;
}

/** Every revision, newest first, with who made it, when its status last changed and who approved it. */
export function RevisionList({ revisions, shown, onOpen }: RevisionListProps) {
  if (revisions.length === 0) return null;
  return (
    <table className="data">
      <caption>Revisions</caption>
      <thead><tr>
        <th scope="col">Revision</th><th scope="col">Status</th><th scope="col">Created</th>
        <th scope="col">Status changed</th><th scope="col">Approved by</th><th scope="col">Published</th><th scope="col"><span className="visually-hidden">Open</span></th>
      </tr></thead>
      <tbody>
        {newestFirst(revisions).map((r) => (
          <tr key={r.revision} aria-current={r.revision === shown ? 'true' : undefined}>
            <th scope="row">{r.revision}</th>
            <td><span className={`pill ${statusTone(r.status)}`}>{statusLabel(r.status)}</span>{r.comment && <div className="muted">{r.comment}</div>}</td>
            <td>{r.createdBy}, {formatDateTime(r.createdAt)}</td>
            <td>{formatDateTime(r.statusChangedAt)}</td>
            <td>{r.approvedBy ?? '—'}</td>
            <td>{formatDateTime(r.publishedAt)}</td>
            <td>
              {r.revision === shown
                ? <span className="muted">shown below</span>
                : <button type="button" onClick={() => onOpen(r.revision)}>Open revision {r.revision}</button>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
