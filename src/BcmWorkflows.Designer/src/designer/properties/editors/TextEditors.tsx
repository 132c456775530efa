import type { EditorProps } from './editorProps';
import { asString, textOrUnset } from './editorProps';

export function TextEditor({ id, value, onChange, readOnly, describedBy, multiline = false, placeholder }: EditorProps & { multiline?: boolean; placeholder?: string }) {
  const common = { id, value: asString(value), readOnly, 'aria-describedby': describedBy, placeholder };
  return multiline
    ? <textarea {...common} rows={4} onChange={(e) => onChange(textOrUnset(e.target.value))} />
    : <input type="text" {...common} onChange={(e) => onChange(textOrUnset(e.target.value))} />;
}

export function NumberEditor({ id, value, onChange, readOnly, describedBy }: EditorProps) {
  return (
    <input id={id} type="number" readOnly={readOnly} aria-describedby={describedBy}
      value={typeof value === 'number' ? value : asString(value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />
  );
}

export function BooleanEditor({ id, value, onChange, readOnly, describedBy, input }: EditorProps) {
  return (
    <label className="checkbox">
      <input id={id} type="checkbox" disabled={readOnly} aria-describedby={describedBy} checked={value === true}
        onChange={(e) => onChange(e.target.checked)} />
      {value === undefined ? `${input.name} (not set)` : String(value === true)}
    </label>
  );
}

const unset = '\u0000unset';

/** A select over fixed choices; a value outside them is kept and shown, so opening a definition changes nothing. */
export function ChoiceSelect({ id, value, onChange, readOnly, describedBy, choices, allowUnset }: Pick<EditorProps, 'id' | 'readOnly' | 'describedBy'> & {
  value: string | undefined; onChange: (value: string | undefined) => void; choices: { value: string; label: string }[]; allowUnset: boolean;
}) {
  const known = value === undefined || choices.some((c) => c.value === value);
  return (
    <select id={id} disabled={readOnly} aria-describedby={describedBy} value={value ?? unset}
      onChange={(e) => onChange(e.target.value === unset ? undefined : e.target.value)}>
      {(allowUnset || value === undefined) && <option value={unset}>(not set)</option>}
      {!known && <option value={value}>{value} (unknown)</option>}
      {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
    </select>
  );
}

export function OptionsEditor(props: EditorProps) {
  const choices = (props.input.options ?? []).map((o) => ({ value: o, label: o === '' ? '(empty)' : o }));
  return <ChoiceSelect {...props} value={typeof props.value === 'string' ? props.value : undefined}
    onChange={props.onChange} choices={choices} allowUnset={!props.input.required} />;
}

/** ISO 8601 date and time with an offset, e.g. 2026-03-01T09:00:00+01:00; checked as typed, kept even when wrong. */
export function DateTimeEditor(props: EditorProps) {
  const text = asString(props.value);
  const wrong = text !== '' && (Number.isNaN(Date.parse(text)) || !/(Z|[+-]\d\d:\d\d)$/.test(text));
  return (
    <>
      <TextEditor {...props} placeholder="2026-03-01T09:00:00+01:00" />
      {wrong && <small className="field-hint" role="status">Not an ISO 8601 date and time with an offset (Z or +01:00).</small>}
    </>
  );
}
