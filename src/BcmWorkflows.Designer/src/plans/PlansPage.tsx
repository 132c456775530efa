import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { reviewDue, statusLabel, statusTone } from './planLabels';
import { fetchPlans } from './plansApi';
import { namesOf, ownerText } from './usePlans';

async function loadPlans() {
  const plans = await fetchPlans();
  return { plans, names: await namesOf(plans.map((p) => p.ownerPersonId)) };
}

/** `/plans`: every plan with the status of its latest revision, the published one and when the next review is due. */
export function PlansPage() {
  const { data, error, loading, reload } = useLoad(loadPlans, 'plans');
  const now = new Date();
  return (
    <main className="people-page">
      <div className="page-header"><h1>Plans</h1><button type="button" onClick={reload}>Refresh</button></div>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && data.plans.length === 0 && <p role="status">There are no plans yet.</p>}
      {data && data.plans.length > 0 && (
        <table className="data">
          <caption className="visually-hidden">Business continuity plans by title</caption>
          <thead><tr>
            <th scope="col">Title</th><th scope="col">Owner</th><th scope="col">Latest revision</th>
            <th scope="col">Published</th><th scope="col">Next review</th>
          </tr></thead>
          <tbody>
            {data.plans.map((p) => {
              const due = reviewDue(p.nextReviewAt, now);
              return (
                <tr key={p.id} className={due.overdue ? 'overdue' : undefined}>
                  <th scope="row"><Link to={`/plans/${encodeURIComponent(p.id)}`}>{p.title}</Link></th>
                  <td>{ownerText(p, data.names)}</td>
                  <td>{p.currentRevision != null ? <>rev. {p.currentRevision} <span className={`pill ${statusTone(p.status)}`}>{statusLabel(p.status)}</span></> : 'No revision'}</td>
                  <td>{p.publishedRevision != null ? <>rev. {p.publishedRevision}, {formatDateTime(p.lastReviewedAt)}</> : 'Never published'}</td>
                  <td>
                    {formatDateTime(p.nextReviewAt)} <span className={due.overdue ? 'overdue-text' : 'muted'}>({due.text})</span>
                    {p.reviewStartedAt && <div className="badge">review started {formatDateTime(p.reviewStartedAt)}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
