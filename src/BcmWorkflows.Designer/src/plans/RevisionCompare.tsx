import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { useLoad } from '../common/useLoad';
import { PlanDiffView } from '../tasks/PlanDiffView';
import { diffContext, newestFirst, previousRevision } from './planLabels';
import { fetchDiff, type Plan, type RevisionSummary, type RevisionView } from './plansApi';

interface RevisionCompareProps {
  plan: Plan;
  revisions: RevisionSummary[];
  revision: RevisionView;
}

/** What changed in this revision against another one (the one before by default; the first against an empty plan). */
export function RevisionCompare({ plan, revisions, revision }: RevisionCompareProps) {
  const [against, setAgainst] = useState(() => previousRevision(revisions, revision.revision));
  const { data, error, loading, reload } = useLoad(() => fetchDiff(plan.id, revision.revision, against), `${revision.revision}:${against ?? ''}`);
  const others = newestFirst(revisions).filter((r) => r.revision !== revision.revision);
  // Only the first revision can be compared with an empty plan (the server's default for it).
  const first = previousRevision(revisions, revision.revision) === undefined;
  return (
    <section className="revision-compare" aria-label="Compare revisions">
      <label>
        Compare revision {revision.revision} with{' '}
        <select value={against ?? ''} onChange={(e) => setAgainst(e.target.value === '' ? undefined : Number(e.target.value))}>
          {others.map((r) => <option key={r.revision} value={r.revision}>revision {r.revision}</option>)}
          {first && <option value="">an empty plan</option>}
        </select>
      </label>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading the diff…</p>}
      {data && <PlanDiffView context={diffContext(plan, revision.status, data, [])} />}
    </section>
  );
}
