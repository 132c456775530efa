import { useLookup, type LookupTypes } from '../lookups';
import type { EditorProps } from './editorProps';
import { asString, textOrUnset } from './editorProps';
import { ChoiceSelect, TextEditor } from './TextEditors';

type Choice = { value: string; label: string };

const toChoices: { [K in keyof LookupTypes]: (data: LookupTypes[K]) => Choice[] } = {
  bcmRoles: (roles) => roles.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` })),
  orgUnits: (units) => units.map((u) => ({ value: u.id, label: `${u.name} (${u.id})` })),
  callTrees: (trees) => trees.map((t) => ({ value: t.id, label: `${t.name} (${t.id})` })),
  workflows: (defs) => defs.map((d) => ({ value: d.definitionId, label: `${d.name || d.definitionId} (${d.definitionId})` })),
  templates: (keys) => keys.map((k) => ({ value: k.key, label: `${k.key} (${k.languages.join(', ')})` })),
};

/** A select over a server list; while it loads or when it fails, a text box, so the field is never blocked. */
function LookupEditor<K extends keyof LookupTypes>(props: EditorProps & { kind: K; what: string }) {
  const { data, error } = useLookup(props.kind);
  const value = typeof props.value === 'string' ? props.value : undefined;
  if (!data) {
    return (
      <>
        <TextEditor {...props} />
        <small className={error ? 'field-error' : 'field-hint'} role="status">
          {error ? `The list of ${props.what} could not be loaded: ${error}. Type the id.` : `Loading ${props.what}…`}
        </small>
      </>
    );
  }
  const choices = toChoices[props.kind](data);
  return (
    <>
      <ChoiceSelect {...props} value={value} onChange={props.onChange} choices={choices} allowUnset={!props.input.required} />
      {choices.length === 0 && <small className="field-hint">There are no {props.what} yet.</small>}
    </>
  );
}

export const BcmRoleEditor = (props: EditorProps) => <LookupEditor {...props} kind="bcmRoles" what="BCM roles" />;
export const CallTreeEditor = (props: EditorProps) => <LookupEditor {...props} kind="callTrees" what="call trees" />;
export const WorkflowEditor = (props: EditorProps) => <LookupEditor {...props} kind="workflows" what="workflows" />;
export const TemplateKeyEditor = (props: EditorProps) => <LookupEditor {...props} kind="templates" what="templates" />;

const sendingTypes = new Set(['SendSms', 'SendEmail', 'Notify']);

/** Another activity of this workflow; the sending ones first, as WaitForAcknowledgement waits on those. */
export function ActivityEditor(props: EditorProps) {
  const others = props.definition.root.activities.filter((a) => a.id !== props.activity.id);
  const ordered = [...others.filter((a) => sendingTypes.has(a.type)), ...others.filter((a) => !sendingTypes.has(a.type))];
  const choices = ordered.map((a) => ({ value: a.id, label: `${a.name ? `${a.name} — ` : ''}${a.id} (${a.type})` }));
  return <ChoiceSelect {...props} value={typeof props.value === 'string' ? props.value : undefined} onChange={props.onChange}
    choices={choices} allowUnset={!props.input.required} />;
}

/** A variable name (SetVariable's `variable`): one of the workflow's variables. */
export function VariableNameEditor(props: EditorProps) {
  const choices = (props.definition.variables ?? []).map((v) => ({ value: v.name, label: `${v.name}${v.type ? ` (${v.type})` : ''}` }));
  if (choices.length === 0) {
    return <><TextEditor {...props} /><small className="field-hint">The workflow declares no variables yet (workflow settings).</small></>;
  }
  return <ChoiceSelect {...props} value={typeof props.value === 'string' ? props.value : undefined} onChange={props.onChange}
    choices={choices} allowUnset={!props.input.required} />;
}

/** Any, All, or a number N of confirmations; stored as text ("Any", "All", "3"). */
export function AckModeEditor(props: EditorProps) {
  const text = asString(props.value);
  const mode = text === '' ? undefined : text === 'Any' || text === 'All' ? text : 'Number';
  return (
    <div className="inline-fields">
      <ChoiceSelect {...props} value={mode} allowUnset
        onChange={(m) => props.onChange(m === 'Number' ? '1' : m)}
        choices={[{ value: 'Any', label: 'Any (first confirmation)' }, { value: 'All', label: 'All' }, { value: 'Number', label: 'A number of confirmations' }]} />
      {mode === 'Number' && (
        <input type="number" min={1} aria-label={`${props.input.name}: number of confirmations`} readOnly={props.readOnly}
          value={text} onChange={(e) => props.onChange(textOrUnset(e.target.value))} />
      )}
    </div>
  );
}
