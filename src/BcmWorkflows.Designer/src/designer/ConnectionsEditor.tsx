import { connect, deleteElements } from '../model/commands';
import type { DescriptorLookup } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import type { Command } from '../model/history';
import { outcomePorts } from '../model/ports';

interface Props {
  definition: WorkflowDefinition;
  activityId: string;
  descriptors: DescriptorLookup;
  readOnly: boolean;
  onCommand: (command: Command) => void;
}

/**
 * Where each outcome port of the selected activity leads, as lists: the keyboard and screen-reader way to connect
 * (the canvas needs a mouse for it). Choosing a target adds a connection; the × removes one.
 */
export function ConnectionsEditor({ definition, activityId, descriptors, readOnly, onCommand }: Props) {
  const activity = definition.root.activities.find((a) => a.id === activityId);
  if (!activity) return null;
  const outgoing = definition.root.connections.filter((c) => c.source.activity === activityId);
  const ports = outcomePorts(activity, descriptors, outgoing);
  const others = definition.root.activities.filter((a) => a.id !== activityId);
  const nameOf = (id: string) => definition.root.activities.find((a) => a.id === id)?.name ?? id;

  return (
    <section className="connections-editor" aria-label="Connections">
      <h3>Connections</h3>
      {ports.length === 0 && <p className="muted">This activity ends the path: it has no outcome ports.</p>}
      {ports.map((port) => {
        const targets = outgoing.filter((c) => c.source.port === port.name);
        const selectId = `connect-${activityId}-${port.name}`;
        return (
          <div key={port.name} className="field">
            <label htmlFor={selectId}>{port.name} →</label>
            <ul className="targets">
              {targets.map((c) => (
                <li key={c.target.activity}>
                  {nameOf(c.target.activity)}
                  {!readOnly && (
                    <button type="button" className="link" aria-label={`Disconnect ${port.name} from ${nameOf(c.target.activity)}`}
                      onClick={() => onCommand(deleteElements([], [c]))}>×</button>
                  )}
                </li>
              ))}
            </ul>
            {!readOnly && (
              <select id={selectId} value="" onChange={(e) => {
                if (e.target.value) onCommand(connect({ source: { activity: activityId, port: port.name }, target: { activity: e.target.value } }));
              }}>
                <option value="">Connect to…</option>
                {others.map((a) => <option key={a.id} value={a.id}>{a.name ?? a.id} ({a.id})</option>)}
              </select>
            )}
          </div>
        );
      })}
    </section>
  );
}
