import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, messagesFor, otherMessages, type ErrorReport } from '../common/errors';
import { navigate } from '../router/navigation';
import { activateCallTree, fetchEstimate, type CallTree, type Estimate } from './callTreeApi';

/**
 * Activation in two steps: the message (and incident), then the estimate of what would be sent (people, SMS segments,
 * sending time per wave) with the final Activate button. On success the live view opens.
 */
export function ActivateForm({ tree, onCancel }: { tree: CallTree; onCancel: () => void }) {
  const [message, setMessage] = useState('');
  const [incidentId, setIncidentId] = useState('');
  const [estimate, setEstimate] = useState<Estimate>();
  const [error, setError] = useState<ErrorReport>();
  const [busy, setBusy] = useState(false);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try { await step(); } catch (e) { setError(errorReport(e)); } finally { setBusy(false); }
  };
  const showEstimate = () => run(async () => setEstimate(await fetchEstimate(tree.id, message)));
  const activate = () => run(async () => {
    const accepted = await activateCallTree(tree.id, { ...(message.trim() ? { message } : {}), ...(incidentId.trim() ? { incidentId: incidentId.trim() } : {}) });
    navigate(`/call-trees/${encodeURIComponent(tree.id)}/activations/${encodeURIComponent(accepted.activationId)}`);
  });
  const incidentErrors = messagesFor(error, 'incidentId');
  const rest = error ? { ...error, messages: otherMessages(error, ['incidentId']) } : undefined;

  return (
    <form className="panel activate" aria-label={`Activate ${tree.name}`} onSubmit={(e) => { e.preventDefault(); void (estimate ? activate() : showEstimate()); }}>
      <label htmlFor={`message-${tree.id}`}>Message to everyone</label>
      <textarea id={`message-${tree.id}`} rows={3} value={message} onChange={(e) => { setMessage(e.target.value); setEstimate(undefined); }} />
      <label htmlFor={`incident-${tree.id}`}>Incident id (optional)</label>
      <input id={`incident-${tree.id}`} value={incidentId} onChange={(e) => setIncidentId(e.target.value)} aria-invalid={incidentErrors.length > 0} />
      {incidentErrors.length > 0 && <p className="error field-error" role="alert">{incidentErrors.join(' ')}</p>}
      {estimate && (
        <div role="status" className="estimate">
          <p><strong>This sends to {estimate.people} {estimate.people === 1 ? 'person' : 'people'}: {estimate.smsSegments} SMS segments
            {estimate.smsSeconds !== null && `, about ${Math.ceil(estimate.smsSeconds)} s to send`}.</strong></p>
          <table className="data">
            <thead><tr><th scope="col">Wave</th><th scope="col">People</th><th scope="col">SMS</th><th scope="col">Email</th><th scope="col">Unreachable</th><th scope="col">Segments</th></tr></thead>
            <tbody>{estimate.waves.map((w) => (
              <tr key={w.index}><th scope="row">{w.index}. {w.name}</th><td>{w.people}</td><td>{w.sms}</td><td>{w.email}</td>
                <td className={w.unreachable > 0 ? 'overdue-text' : undefined}>{w.unreachable}</td><td>{w.smsSegments}</td></tr>
            ))}</tbody>
          </table>
        </div>
      )}
      {rest && (rest.messages.length > 0 || incidentErrors.length === 0) && <ErrorNotice report={rest} />}
      <div className="buttons">
        {estimate
          ? <button type="submit" className="outcome negative" disabled={busy}>Activate {tree.name} now</button>
          : <button type="submit" disabled={busy}>Show what would be sent</button>}
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
