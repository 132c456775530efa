import { ErrorNotice } from '../common/ErrorNotice';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { navigate } from '../router/navigation';
import { useLocation } from '../router/useLocation';
import { PlanFacts } from './PlanFacts';
import { managesPlans, type Viewer } from './planLabels';
import { fetchPlan, fetchRevisions } from './plansApi';
import { RevisionList } from './RevisionList';
import { RevisionPanel } from './RevisionPanel';
import { StartReview } from './StartReview';
import { namesOf } from './usePlans';

async function loadPlan(planId: string) {
  const [plan, revisions] = await Promise.all([fetchPlan(planId), fetchRevisions(planId)]);
  return { plan, revisions, names: await namesOf([plan.ownerPersonId]) };
}

/** The revision shown: `?revision=N` when the plan has it, else the current one. */
function selectedRevision(search: string, available: readonly number[], current: number | null): number | undefined {
  const asked = Number(new URLSearchParams(search).get('revision'));
  if (available.includes(asked)) return asked;
  return current ?? available[available.length - 1];
}

/** `/plans/:id`: the plan, its revisions, one revision's content, the diff between two, documents and the moves. */
export function PlanPage({ planId, viewer }: { planId: string; viewer: Viewer }) {
  const { search } = useLocation();
  const { data, error, loading, reload } = useLoad(() => loadPlan(planId), planId);
  const numbers = data?.revisions.map((r) => r.revision) ?? [];
  const shown = data ? selectedRevision(search, numbers, data.plan.currentRevision) : undefined;
  const base = `/plans/${encodeURIComponent(planId)}`;

  return (
    <main className="people-page plan-page">
      <p><Link to="/plans">← All plans</Link></p>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && (
        <>
          <div className="page-header">
            <h1>{data.plan.title}</h1>
            <button type="button" onClick={reload}>Refresh</button>
          </div>
          <PlanFacts plan={data.plan} names={data.names} />
          {managesPlans(viewer) && <StartReview planId={planId} onStarted={reload} />}
          <RevisionList revisions={data.revisions} shown={shown} onOpen={(n) => navigate(`${base}?revision=${n}`)} />
          {shown !== undefined
            ? <RevisionPanel key={shown} plan={data.plan} revisions={data.revisions} revision={shown} viewer={viewer} onChanged={reload} />
            : <p role="status">This plan has no revision yet.</p>}
        </>
      )}
    </main>
  );
}
