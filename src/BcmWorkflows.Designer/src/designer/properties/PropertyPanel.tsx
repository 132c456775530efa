import { useEffect, useState } from 'react';
import type { PathMessage } from '../../api/problem';
import type { DescriptorLookup, InputDescriptor } from '../../model/activityTypes';
import { renameActivityId, setActivityProperties, setInput } from '../../model/commands';
import type { ActivityDefinition, WorkflowDefinition } from '../../model/definition';
import type { Command } from '../../model/history';
import { activityIdProblem } from './activityId';
import { activityFieldErrors, shortPath } from './fieldErrors';
import { InputField } from './InputField';

export interface PropertyPanelProps {
  definition: WorkflowDefinition;
  activityId: string;
  descriptors: DescriptorLookup;
  /** The server's problems for this activity (paths like `$.root.activities[3].inputs.to`). */
  errors: PathMessage[];
  readOnly?: boolean;
  /** Every edit is a command, so undo/redo covers it; keystrokes in one field coalesce into one step. */
  onCommand: (command: Command) => void;
  /** Told after an id rename, so the page can keep the activity selected under its new id. */
  onActivityRenamed?: (from: string, to: string) => void;
}

/** The selected activity's id, name, description, type and one editor per input its descriptor declares. */
export function PropertyPanel({ definition, activityId, descriptors, errors, readOnly = false, onCommand, onActivityRenamed }: PropertyPanelProps) {
  const activity = definition.root.activities.find((a) => a.id === activityId);
  if (!activity) return <p className="muted" role="status">The activity “{activityId}” is not in this workflow any more.</p>;

  const descriptor = descriptors.get(activity.type);
  const { byField, general } = activityFieldErrors(errors);
  const inputs = inputsOf(activity, descriptor?.inputs ?? []);
  const text = (value: string) => (value === '' ? undefined : value);

  return (
    <form className="property-panel" aria-label={`Properties of ${activity.name ?? activity.id}`} onSubmit={(e) => e.preventDefault()}>
      {general.length > 0 && (
        <ul className="field-errors" role="alert" aria-label="Problems with this activity">
          {general.map((g, i) => <li key={i}>{shortPath(g.path) && <code>{shortPath(g.path)}</code>} {g.message}</li>)}
        </ul>
      )}
      <IdField activity={activity} ids={definition.root.activities.map((a) => a.id)} errors={byField.get('id') ?? []} readOnly={readOnly}
        onRename={(to) => { onCommand(renameActivityId(activity.id, to)); onActivityRenamed?.(activity.id, to); }} />
      <div className="field">
        <label htmlFor="activity-name">Name</label>
        <input id="activity-name" type="text" readOnly={readOnly} value={activity.name ?? ''} placeholder={descriptor?.displayName ?? activity.type}
          onChange={(e) => onCommand(setActivityProperties(activity.id, { name: text(e.target.value) }))} />
        <FieldErrors messages={byField.get('name')} />
      </div>
      <div className="field">
        <label htmlFor="activity-description">Description</label>
        <textarea id="activity-description" rows={2} readOnly={readOnly} value={activity.description ?? ''}
          onChange={(e) => onCommand(setActivityProperties(activity.id, { description: text(e.target.value) }))} />
        <FieldErrors messages={byField.get('description')} />
      </div>
      <div className="field">
        <span className="label">Type</span>
        <p className="activity-type"><strong>{descriptor?.displayName ?? activity.type}</strong> <code>{activity.type}</code></p>
        {descriptor
          ? <small className="field-hint">{descriptor.description}</small>
          : <small className="field-error" role="alert">This activity type is unknown to the server; its inputs are shown as JSON.</small>}
        <FieldErrors messages={byField.get('type')} />
      </div>

      <fieldset className="inputs">
        <legend>Inputs</legend>
        {inputs.length === 0 && <p className="muted">This activity has no inputs.</p>}
        {inputs.map((input) => (
          <InputField key={`${activity.id}:${input.name}`} input={input} value={activity.inputs?.[input.name]} activity={activity}
            definition={definition} errors={byField.get(`input:${input.name}`) ?? []} readOnly={readOnly}
            onChange={(value) => onCommand(setInput(activity.id, input.name, value))} />
        ))}
      </fieldset>
    </form>
  );
}

/** The descriptor's inputs, then any input the activity has that the descriptor does not name (kept, edited as JSON). */
function inputsOf(activity: ActivityDefinition, declared: readonly InputDescriptor[]): InputDescriptor[] {
  const names = new Set(declared.map((i) => i.name));
  const extra = Object.keys(activity.inputs ?? {}).filter((name) => !names.has(name)).map((name): InputDescriptor => ({
    name, type: 'Any', required: false, description: 'Not an input of this activity type.', uiHint: null, options: null,
  }));
  return [...declared, ...extra];
}

function FieldErrors({ messages, id }: { messages: readonly string[] | undefined; id?: string }) {
  if (!messages || messages.length === 0) return null;
  return <ul id={id} className="field-errors" role="alert">{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>;
}

/** The id is renamed when the field is left or Enter is pressed, and only when the new id is free and well-formed. */
function IdField({ activity, ids, errors, readOnly, onRename }: {
  activity: ActivityDefinition; ids: string[]; errors: readonly string[]; readOnly: boolean; onRename: (to: string) => void;
}) {
  const [draft, setDraft] = useState(activity.id);
  useEffect(() => setDraft(activity.id), [activity.id]);
  const problem = activityIdProblem(draft, activity.id, ids);
  const commit = () => {
    if (draft !== activity.id && !problem) onRename(draft);
  };
  return (
    <div className="field">
      <label htmlFor="activity-id">Id</label>
      <input id="activity-id" type="text" readOnly={readOnly} value={draft} aria-invalid={problem !== undefined}
        aria-describedby="activity-id-hint" onChange={(e) => setDraft(e.target.value)} onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(activity.id);
        }} />
      <small id="activity-id-hint" className={problem ? 'field-error' : 'field-hint'} role={problem ? 'alert' : undefined}>
        {problem ?? 'Connections follow a rename. Expressions that name the old id (outputs.old) are not changed.'}
      </small>
      <FieldErrors messages={errors} />
    </div>
  );
}
