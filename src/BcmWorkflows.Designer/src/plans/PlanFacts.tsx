import { formatDateTime } from '../common/format';
import { reviewDue } from './planLabels';
import type { Plan } from './plansApi';
import { ownerText } from './usePlans';

/** The plan's metadata as a definition list. */
export function PlanFacts({ plan, names }: { plan: Plan; names: Record<string, string> }) {
  const due = reviewDue(plan.nextReviewAt, new Date());
  return (
    <dl className="plan-facts">
      <dt>Owner</dt><dd>{ownerText(plan, names)}</dd>
      <dt>Org unit</dt><dd>{plan.orgUnitId ?? '—'}</dd>
      <dt>Approvers</dt><dd>{plan.approvers.length > 0 ? plan.approvers.join(', ') : '—'}</dd>
      <dt>Critical processes</dt><dd>{plan.processIds.length > 0 ? plan.processIds.join(', ') : '—'}</dd>
      <dt>Language</dt><dd>{plan.language}</dd>
      <dt>Review interval</dt><dd>{plan.reviewIntervalMonths} months</dd>
      <dt>Last published</dt><dd>{plan.publishedRevision != null ? `revision ${plan.publishedRevision}, ${formatDateTime(plan.lastReviewedAt)}` : 'never'}</dd>
      <dt>Next review</dt>
      <dd>{formatDateTime(plan.nextReviewAt)} <span className={due.overdue ? 'overdue-text' : 'muted'}>({due.text})</span></dd>
      {plan.reviewStartedAt && <><dt>Review started</dt><dd>{formatDateTime(plan.reviewStartedAt)}</dd></>}
    </dl>
  );
}
