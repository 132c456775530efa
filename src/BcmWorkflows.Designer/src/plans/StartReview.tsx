import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, type ErrorReport } from '../common/errors';
import { Link } from '../router/Link';
import { startReview } from './plansApi';

/** "Start review now": runs the plan-review-cycle workflow; a review already running is the server's 409, shown as it says. */
export function StartReview({ planId, onStarted }: { planId: string; onStarted: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorReport>();
  const [instanceId, setInstanceId] = useState<string>();

  const start = async () => {
    setBusy(true);
    setError(undefined);
    setInstanceId(undefined);
    try {
      setInstanceId((await startReview(planId)).instanceId);
      onStarted();
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="start-review" aria-label="Review">
      <button type="button" onClick={() => void start()} disabled={busy}>{busy ? 'Starting review…' : 'Start review now'}</button>
      {instanceId && (
        <p role="status">Review started: <Link to={`/instances/${encodeURIComponent(instanceId)}`}>workflow instance {instanceId}</Link>.</p>
      )}
      <ErrorNotice report={error} />
    </section>
  );
}
