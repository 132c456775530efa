import { ErrorNotice } from '../common/ErrorNotice';
import { formatDateTime, percent } from '../common/format';
import { useLoad } from '../common/useLoad';
import { statusTone } from '../outbox/outboxLabels';
import { Link } from '../router/Link';
import { fetchReport, type ReportPerson } from './callTreeApi';
import { isLive, waveProgress, type WaveProgress } from './waves';

const refreshMs = 3000;

function NotAnswered({ people }: { people: ReportPerson[] }) {
  if (people.length === 0) return <p>Everyone in this wave has confirmed.</p>;
  return (
    <table className="data">
      <caption>Not answered ({people.length})</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">State</th><th scope="col">Channel tried</th><th scope="col">Last message</th></tr></thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.personId}>
            <th scope="row">{p.name ?? p.personId}</th>
            <td>{p.status}</td>
            <td>{p.channel ?? '—'}</td>
            <td>{p.lastMessageStatus ? <span className={`pill ${statusTone(p.lastMessageStatus)}`}>{p.lastMessageStatus}</span> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Wave({ wave }: { wave: WaveProgress }) {
  const labelId = `wave-${wave.index}-title`;
  return (
    <section className={`wave wave-${wave.state.replace(/ /g, '-')}`} aria-labelledby={labelId}>
      <h2 id={labelId}>Wave {wave.index}: {wave.name}</h2>
      <div className="rate">
        <div className="bar" role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={wave.percent}
          aria-valuetext={`${wave.text}, ${wave.percent}%`}>
          <div className="fill" style={{ width: `${wave.percent}%` }} />
        </div>
        <span>{wave.text} ({wave.percent}%) — quorum {wave.quorum}: <strong>{wave.state}</strong></span>
      </div>
      {wave.state !== 'not started' && <NotAnswered people={wave.notAnswered} />}
    </section>
  );
}

/** The live report of one activation: refreshed every few seconds while it runs. */
export function ActivationPage({ callTreeId, activationId }: { callTreeId: string; activationId: string }) {
  const { data, error } = useLoad(() => fetchReport(callTreeId, activationId), `${callTreeId}/${activationId}`, refreshMs, isLive);
  const live = data ? isLive(data) : false;
  return (
    <main className="people-page">
      <p><Link to="/call-trees">← Call trees</Link></p>
      <h1>Call tree activation <small className="muted">{callTreeId}</small></h1>
      <ErrorNotice report={error} />
      {!data && !error && <p>Loading…</p>}
      {data && (
        <>
          <p role="status">
            {data.status}: {data.confirmed} of {data.total} confirmed ({percent(data.confirmationRate)}).
            {live ? ' Updating every few seconds.' : data.finishedAt ? ` Finished ${formatDateTime(data.finishedAt)}.` : ''}
          </p>
          <p className="muted">Started {formatDateTime(data.at)}{data.incidentId && `, incident ${data.incidentId}`}{data.instanceId && `, workflow instance ${data.instanceId}`}</p>
          {data.waves.length === 0 && <p>No wave has started yet.</p>}
          {waveProgress(data).map((w) => <Wave key={w.index} wave={w} />)}
        </>
      )}
    </main>
  );
}
