import { useState } from 'react';
import type { InputDescriptor } from '../../model/activityTypes';
import type { ActivityDefinition, InputValue, InputValueType, JsonValue, WorkflowDefinition } from '../../model/definition';
import { defaultMode, editorFor, hasTemplatePreview, offeredModes } from './editorKind';
import { LiteralEditor } from './editors/LiteralEditor';
import { ChoiceSelect } from './editors/TextEditors';
import { TemplatePreview } from './TemplatePreview';
import { switchMode, textOf } from './valueMode';

const modeLabels: Record<InputValueType, string> = { Literal: 'Literal', Scriban: 'Expression', Variable: 'Variable' };

interface InputFieldProps {
  input: InputDescriptor;
  value: InputValue | undefined;
  activity: ActivityDefinition;
  definition: WorkflowDefinition;
  errors: readonly string[];
  readOnly: boolean;
  onChange: (value: InputValue | undefined) => void;
}

/** One input: label, description, Literal / Expression / Variable toggle, the editor for its kind, its problems. */
export function InputField({ input, value, activity, definition, errors, readOnly, onChange }: InputFieldProps) {
  // The mode of an input without a value lives here until something is typed (an empty value is not stored).
  const [pendingMode, setPendingMode] = useState<InputValueType>();
  const mode = value?.type ?? pendingMode ?? defaultMode(input);
  const kind = editorFor(input);
  const fieldId = `input-${activity.id}-${input.name}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const describedBy = [`${fieldId}-description`, errors.length > 0 ? `${fieldId}-errors` : ''].filter(Boolean).join(' ');
  const variables = definition.variables ?? [];

  const setMode = (to: InputValueType) => {
    setPendingMode(to);
    if (value) onChange(switchMode(value, to, input.type));
  };
  const setText = (type: InputValueType) => (text: string) => onChange(text === '' ? undefined : { type, value: text });
  const setLiteral = (literal: JsonValue | undefined) => onChange(literal === undefined ? undefined : { type: 'Literal', value: literal });
  const text = textOf(value?.value);
  const multiline = hasTemplatePreview(kind) && kind === 'templateText';
  const subject = input.name === 'text' && typeof activity.inputs?.['subject']?.value === 'string' ? (activity.inputs['subject'].value as string) : undefined;

  return (
    <div className={`field input-field${errors.length > 0 ? ' invalid' : ''}`}>
      <div className="field-head">
        <label htmlFor={fieldId}>
          {input.name}
          {input.required && <span className="required" aria-hidden="true"> *</span>}
          {input.required && <span className="visually-hidden"> (required)</span>}
        </label>
        <div role="radiogroup" aria-label={`${input.name}: value is`} className="mode-toggle">
          {offeredModes(variables.length > 0, value?.type).map((m) => (
            <label key={m}>
              <input type="radio" name={`${fieldId}-mode`} value={m} checked={mode === m} disabled={readOnly} onChange={() => setMode(m)} />
              {modeLabels[m]}
            </label>
          ))}
        </div>
      </div>
      <small id={`${fieldId}-description`} className="field-hint">{input.description} <span className="muted">({input.type})</span></small>

      {mode === 'Scriban' && (multiline
        ? <textarea id={fieldId} className="code" rows={4} readOnly={readOnly} aria-describedby={describedBy} value={text} onChange={(e) => setText('Scriban')(e.target.value)} />
        : <input id={fieldId} type="text" className="code" readOnly={readOnly} aria-describedby={describedBy} value={text}
            placeholder={input.type === 'Boolean' ? 'input.severity <= 2' : 'input.x, variables.y or text with {{ … }}'} onChange={(e) => setText('Scriban')(e.target.value)} />)}
      {mode === 'Variable' && (
        <ChoiceSelect id={fieldId} readOnly={readOnly} describedBy={describedBy} value={value?.type === 'Variable' ? text : undefined} allowUnset
          onChange={(name) => onChange(name === undefined ? undefined : { type: 'Variable', value: name })}
          choices={variables.map((v) => ({ value: v.name, label: `${v.name}${v.type ? ` (${v.type})` : ''}` }))} />
      )}
      {mode === 'Literal' && (
        <LiteralEditor kind={kind} id={fieldId} value={value?.value} onChange={setLiteral} readOnly={readOnly} describedBy={describedBy}
          input={input} definition={definition} activity={activity} />
      )}

      {errors.length > 0 && (
        <ul id={`${fieldId}-errors`} className="field-errors" role="alert">{errors.map((m, i) => <li key={i}>{m}</li>)}</ul>
      )}
      {hasTemplatePreview(kind) && mode !== 'Variable' && !(kind === 'template' && mode === 'Scriban') && text.trim() !== '' && (
        <TemplatePreview id={`${fieldId}-preview`} template={text} activityType={activity.type} subject={subject} />
      )}
    </div>
  );
}
