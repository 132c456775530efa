import type { ReactNode } from 'react';
import type { TriggerDefinition, VariableDefinition, WorkflowInputDefinition } from '../../model/definition';
import { RowButtons } from '../properties/editors/ListEditors';
import { cronHint, cronProblem } from './cron';
import { freshName, moveBy, removeAt, replaceAt } from './listOps';
import { ValueField } from './ValueField';

export const valueTypes = ['String', 'Number', 'Boolean', 'Object', 'Array', 'Any'];

interface ListProps<T> {
  items: readonly T[];
  readOnly: boolean;
  errors: ReadonlyMap<string, string[]>;
  onChange: (items: T[]) => void;
}

/** One list section: its rows with up/down/remove, and an add button. */
function ListSection<T>({ title, noun, items, readOnly, onChange, newItem, row, label }: ListProps<T> & {
  title: string; noun: string; newItem: () => T; row: (item: T, index: number, set: (item: T) => void) => ReactNode; label: (item: T, index: number) => string;
}) {
  return (
    <fieldset className="settings-list">
      <legend>{title}</legend>
      {items.length === 0 && <p className="muted">No {title.toLowerCase()}.</p>}
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {row(item, i, (next) => onChange(replaceAt(items, i, next)))}
            <RowButtons label={label(item, i)} index={i} count={items.length} readOnly={readOnly}
              onMove={(by) => onChange(moveBy(items, i, by))} onRemove={() => onChange(removeAt(items, i))} />
          </li>
        ))}
      </ol>
      {!readOnly && <button type="button" onClick={() => onChange([...items, newItem()])}>Add {noun}</button>}
    </fieldset>
  );
}

export function Errors({ messages }: { messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return <ul className="field-errors" role="alert">{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>;
}

function TypeSelect({ id, value, readOnly, onChange }: { id: string; value: string | undefined; readOnly: boolean; onChange: (type: string) => void }) {
  const known = value === undefined || valueTypes.includes(value);
  return (
    <select id={id} disabled={readOnly} value={value ?? 'Any'} onChange={(e) => onChange(e.target.value)}>
      {!known && <option value={value}>{value}</option>}
      {valueTypes.map((t) => <option key={t} value={t}>{t}</option>)}
    </select>
  );
}

const blankToUndefined = (text: string) => (text === '' ? undefined : text);

export function InputsList(props: ListProps<WorkflowInputDefinition>) {
  const { readOnly, errors } = props;
  return (
    <ListSection<WorkflowInputDefinition> {...props} title="Inputs" noun="input" label={(item, i) => `input ${item.name || i + 1}`}
      newItem={() => ({ name: freshName(props.items.map((i) => i.name), 'input'), type: 'String' })}
      row={(item, i, set) => (
        <div className="settings-row">
          <label>Name <input type="text" readOnly={readOnly} value={item.name} onChange={(e) => set({ ...item, name: e.target.value })} /></label>
          <Errors messages={errors.get(`inputs[${i}].name`)} />
          <label>Type <TypeSelect id={`setting-input-${i}-type`} value={item.type} readOnly={readOnly} onChange={(type) => set({ ...item, type })} /></label>
          <label className="checkbox"><input type="checkbox" disabled={readOnly} checked={item.required === true}
            onChange={(e) => set(withOptional(item, 'required', e.target.checked || undefined))} /> Required</label>
          <label>Description <input type="text" readOnly={readOnly} value={item.description ?? ''}
            onChange={(e) => set(withOptional(item, 'description', blankToUndefined(e.target.value)))} /></label>
          <ValueField id={`setting-input-${i}-default`} label="Default" type={item.type} value={item.default} readOnly={readOnly}
            onChange={(value) => set(withOptional(item, 'default', value))} />
          <Errors messages={[...(errors.get(`inputs[${i}].type`) ?? []), ...(errors.get(`inputs[${i}].default`) ?? [])]} />
        </div>
      )} />
  );
}

export function VariablesList(props: ListProps<VariableDefinition>) {
  const { readOnly, errors } = props;
  return (
    <ListSection<VariableDefinition> {...props} title="Variables" noun="variable" label={(item, i) => `variable ${item.name || i + 1}`}
      newItem={() => ({ name: freshName(props.items.map((v) => v.name), 'variable'), type: 'String' })}
      row={(item, i, set) => (
        <div className="settings-row">
          <label>Name <input type="text" readOnly={readOnly} value={item.name} onChange={(e) => set({ ...item, name: e.target.value })} /></label>
          <Errors messages={errors.get(`variables[${i}].name`)} />
          <label>Type <TypeSelect id={`setting-variable-${i}-type`} value={item.type} readOnly={readOnly} onChange={(type) => set({ ...item, type })} /></label>
          <ValueField id={`setting-variable-${i}-value`} label="Initial value" type={item.type ?? 'Any'} value={item.value} readOnly={readOnly}
            onChange={(value) => set(withOptional(item, 'value', value))} />
          <Errors messages={[...(errors.get(`variables[${i}].type`) ?? []), ...(errors.get(`variables[${i}].value`) ?? [])]} />
        </div>
      )} />
  );
}

export function TriggersList(props: ListProps<TriggerDefinition>) {
  const { readOnly, errors } = props;
  return (
    <ListSection<TriggerDefinition> {...props} title="Triggers" noun="trigger" newItem={() => ({ type: 'Event', eventName: '' })}
      label={(t, i) => `trigger ${(t.type === 'Event' ? t.eventName : t.expression) || i + 1}`}
      row={(trigger, i, set) => (
        <div className="settings-row">
          <label>Type{' '}
            <select disabled={readOnly} value={trigger.type}
              onChange={(e) => set(e.target.value === 'Cron' ? { type: 'Cron', expression: '0 0 8 ? * MON-FRI' } : { type: 'Event', eventName: '' })}>
              <option value="Event">Event</option><option value="Cron">Schedule (cron)</option>
            </select>
          </label>
          <Errors messages={errors.get(`triggers[${i}].type`)} />
          {trigger.type === 'Event' ? (
            <>
              <label>Event name <input type="text" readOnly={readOnly} value={trigger.eventName} placeholder="incident.declared"
                onChange={(e) => set({ ...trigger, eventName: e.target.value })} /></label>
              <Errors messages={errors.get(`triggers[${i}].eventName`)} />
            </>
          ) : (
            <>
              <label>Cron expression <input type="text" className="code" readOnly={readOnly} value={trigger.expression}
                aria-describedby={`trigger-${i}-hint`} onChange={(e) => set({ ...trigger, expression: e.target.value })} /></label>
              <small id={`trigger-${i}-hint`} className={cronProblem(trigger.expression) ? 'field-error' : 'field-hint'}>
                {cronProblem(trigger.expression) ?? cronHint}
              </small>
              <Errors messages={errors.get(`triggers[${i}].expression`)} />
            </>
          )}
        </div>
      )} />
  );
}

/** Sets an optional field, or removes it for `undefined` (so an unset default is absent, not null). */
function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined): T {
  const next = { ...item };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
