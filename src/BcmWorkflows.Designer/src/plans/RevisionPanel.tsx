import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { PlanDocuments } from './PlanDocuments';
import { allowedMoves, managesPlans, statusLabel, statusTone, type Viewer } from './planLabels';
import { fetchRevision, type Plan, type RevisionSummary } from './plansApi';
import { RevisionActions } from './RevisionActions';
import { RevisionCompare } from './RevisionCompare';
import { RevisionContent } from './RevisionContent';
import { RevisionHistory } from './RevisionHistory';

interface RevisionPanelProps {
  plan: Plan;
  revisions: RevisionSummary[];
  revision: number;
  viewer: Viewer;
  /** After a move: the plan and its list change too. */
  onChanged: () => void;
}

/** One revision, read-only: where it stands, RTO warnings, the moves open to the user, documents, diff, content, history. */
export function RevisionPanel({ plan, revisions, revision, viewer, onChanged }: RevisionPanelProps) {
  const { data, setData, error, loading, reload } = useLoad(() => fetchRevision(plan.id, revision), `${plan.id}/${revision}`);
  const moves = data ? allowedMoves(data.status, data.next, plan, viewer) : [];
  return (
    <section className="revision-panel" aria-labelledby="revision-title">
      <h2 id="revision-title">
        Revision {revision} {data && <span className={`pill ${statusTone(data.status)}`}>{statusLabel(data.status)}</span>}
      </h2>
      <ErrorNotice report={error} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && (
        <>
          <p className="muted">
            Created by {data.createdBy}, {formatDateTime(data.createdAt)}
            {data.updatedBy && <>; last changed by {data.updatedBy}, {formatDateTime(data.updatedAt)}</>}
            {data.approvedBy && <>; approved by {data.approvedBy}, {formatDateTime(data.approvedAt)}</>}
            {data.publishedAt && <>; published {formatDateTime(data.publishedAt)}</>}.
          </p>
          {data.comment && <p>Comment: {data.comment}</p>}
          {data.warnings.length > 0 && (
            <div className="notice" role="note">
              <strong>RTO warnings</strong>
              <ul>{data.warnings.map((w, i) => <li key={i}>{w.processId}: {w.message}</li>)}</ul>
            </div>
          )}
          {moves.length > 0 && (
            <RevisionActions planId={plan.id} revision={revision} moves={moves}
              onMoved={(view) => { setData(view); onChanged(); }} />
          )}
          <PlanDocuments planId={plan.id} revision={revision} mayRender={managesPlans(viewer)} />
          <RevisionCompare plan={plan} revisions={revisions} revision={data} />
          <RevisionContent content={data.content} />
          <RevisionHistory history={data.history} />
        </>
      )}
    </section>
  );
}
