import { formatJson, formatTime } from './format';
import type { InstanceView } from './types';

interface Props {
  instance: InstanceView;
  names: ReadonlyMap<string, string>;
  onSelect: (activityId: string) => void;
}

function ActivityButton({ id, names, onSelect }: { id: string; names: ReadonlyMap<string, string>; onSelect: (id: string) => void }) {
  return <button type="button" className="link" onClick={() => onSelect(id)}>{names.get(id) ?? id}</button>;
}

/** Incidents, current waits (bookmarks), variables and input, as the server returned them. */
export function InstanceDetails({ instance, names, onSelect }: Props) {
  return (
    <>
      <section aria-labelledby="incidents-title">
        <h2 id="incidents-title">Incidents</h2>
        {instance.incidents.length === 0 ? <p className="muted">No incidents.</p> : (
          <ul className="incidents">
            {instance.incidents.map((incident, i) => (
              <li key={i} className={incident.resolvedAt ? 'resolved' : 'open'}>
                <ActivityButton id={incident.activityId} names={names} onSelect={onSelect} />{' '}
                <time dateTime={incident.at}>{formatTime(incident.at)}</time>
                {incident.resolvedAt && <span className="muted"> (resolved {formatTime(incident.resolvedAt)})</span>}
                <div>{incident.message}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="waits-title">
        <h2 id="waits-title">Waiting for</h2>
        {instance.bookmarks.length === 0 ? <p className="muted">Nothing.</p> : (
          <ul>
            {instance.bookmarks.map((b) => (
              <li key={b.id}>
                <ActivityButton id={b.activityId} names={names} onSelect={onSelect} /> {b.type}
                {b.eventName && <> <code>{b.eventName}</code></>}
                {b.correlationId && <> (correlation <code>{b.correlationId}</code>)</>}
                {b.dueAt && <> due <time dateTime={b.dueAt}>{formatTime(b.dueAt)}</time></>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="variables-title">
        <h2 id="variables-title">Variables</h2>
        {Object.keys(instance.variables ?? {}).length === 0 ? <p className="muted">No variables.</p> : <pre>{formatJson(instance.variables)}</pre>}
      </section>
      <section aria-labelledby="input-title">
        <h2 id="input-title">Input</h2>
        {Object.keys(instance.input ?? {}).length === 0 ? <p className="muted">No input.</p> : <pre>{formatJson(instance.input)}</pre>}
      </section>
    </>
  );
}
