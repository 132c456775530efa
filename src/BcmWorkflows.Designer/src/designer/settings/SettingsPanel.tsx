import type { PathMessage } from '../../api/problem';
import { setWorkflowSettings } from '../../model/commands';
import type { WorkflowDefinition } from '../../model/definition';
import type { Command } from '../../model/history';
import { settingsFieldErrors } from '../properties/fieldErrors';
import { Errors, InputsList, TriggersList, VariablesList } from './SettingsLists';

export interface SettingsPanelProps {
  definition: WorkflowDefinition;
  /** The server's problems for the workflow itself (`$.name`, `$.inputs[0].name`, `$.triggers[1].expression`, …). */
  errors: PathMessage[];
  readOnly?: boolean;
  onCommand: (command: Command) => void;
}

/** The workflow's name, description, inputs, variables and triggers; each edit is one undoable command. */
export function SettingsPanel({ definition, errors, readOnly = false, onCommand }: SettingsPanelProps) {
  const { byField, general } = settingsFieldErrors(errors);
  const lists = { readOnly, errors: byField };
  return (
    <form className="settings-panel" aria-label="Workflow settings" onSubmit={(e) => e.preventDefault()}>
      {general.length > 0 && (
        <ul className="field-errors" role="alert" aria-label="Problems with the workflow settings">
          {general.map((g, i) => <li key={i}><code>{g.path}</code> {g.message}</li>)}
        </ul>
      )}
      <div className="field">
        <label htmlFor="workflow-id">Definition id</label>
        <input id="workflow-id" type="text" readOnly value={definition.definitionId} aria-describedby="workflow-id-hint" />
        <small id="workflow-id-hint" className="field-hint">The id is fixed once created.</small>
      </div>
      <div className="field">
        <label htmlFor="workflow-name">Name</label>
        <input id="workflow-name" type="text" readOnly={readOnly} value={definition.name}
          onChange={(e) => onCommand(setWorkflowSettings({ name: e.target.value }))} />
        <Errors messages={byField.get('name')} />
      </div>
      <div className="field">
        <label htmlFor="workflow-description">Description</label>
        <textarea id="workflow-description" rows={3} readOnly={readOnly} value={definition.description ?? ''}
          onChange={(e) => onCommand(setWorkflowSettings({ description: e.target.value === '' ? undefined : e.target.value }))} />
        <Errors messages={byField.get('description')} />
      </div>
      <InputsList {...lists} items={definition.inputs ?? []} onChange={(inputs) => onCommand(setWorkflowSettings({ inputs }))} />
      <VariablesList {...lists} items={definition.variables ?? []} onChange={(variables) => onCommand(setWorkflowSettings({ variables }))} />
      <TriggersList {...lists} items={definition.triggers ?? []} onChange={(triggers) => onCommand(setWorkflowSettings({ triggers }))} />
    </form>
  );
}
