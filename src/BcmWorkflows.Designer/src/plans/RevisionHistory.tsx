import { formatDateTime } from '../common/format';
import { statusLabel } from './planLabels';
import type { RevisionEvent, RevisionStatus } from './plansApi';

/** Every step of the revision (opened, moved from → to, by whom, why). */
export function RevisionHistory({ history }: { history: RevisionEvent[] }) {
  if (history.length === 0) return null;
  const label = (s: string | null) => (s ? statusLabel(s as RevisionStatus) : 'opened');
  return (
    <table className="data">
      <caption>History</caption>
      <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Comment</th></tr></thead>
      <tbody>
        {history.map((h, i) => (
          <tr key={i}>
            <th scope="row">{formatDateTime(h.at)}</th><td>{h.by}</td><td>{label(h.from)}</td><td>{label(h.to)}</td><td>{h.comment ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
