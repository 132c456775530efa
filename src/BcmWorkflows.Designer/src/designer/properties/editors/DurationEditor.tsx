import { durationUnits, fromParts, parseIsoDuration, toParts, describeDuration, type DurationUnit } from '../duration';
import type { EditorProps } from './editorProps';
import { asString, asStringList, textOrUnset } from './editorProps';
import { JsonEditor } from './JsonEditor';

interface OneDurationProps {
  id: string;
  label: string;
  text: string;
  onChange: (text: string) => void;
  readOnly: boolean;
  describedBy: string | undefined;
}

/** A number and a unit, with the ISO text beside it (editable too, for `P1DT2H`); wrong text is kept and flagged. */
function OneDuration({ id, label, text, onChange, readOnly, describedBy }: OneDurationProps) {
  const seconds = parseIsoDuration(text);
  const parts = seconds === undefined ? undefined : toParts(seconds);
  const setParts = (amount: number, unit: DurationUnit) => onChange(fromParts({ amount: Math.max(0, amount), unit }));
  return (
    <div className="duration">
      <input id={id} type="number" min={0} aria-label={`${label}: amount`} aria-describedby={describedBy} readOnly={readOnly}
        disabled={parts === undefined && text !== ''} value={parts?.amount ?? ''}
        onChange={(e) => setParts(Number(e.target.value), parts?.unit ?? 'minutes')} />
      <select aria-label={`${label}: unit`} disabled={readOnly || (parts === undefined && text !== '')} value={parts?.unit ?? 'minutes'}
        onChange={(e) => setParts(parts?.amount ?? 1, e.target.value as DurationUnit)}>
        {durationUnits.map((u) => <option key={u} value={u}>{u}</option>)}
      </select>
      <input type="text" className="iso" aria-label={`${label}: ISO 8601`} readOnly={readOnly} value={text}
        placeholder="PT15M" onChange={(e) => onChange(e.target.value)} />
      <small className="field-hint" role="status">
        {seconds !== undefined ? describeDuration(seconds) : text === '' ? '' : 'Not an ISO 8601 duration (e.g. PT15M, P1D).'}
      </small>
    </div>
  );
}

export function DurationEditor({ id, value, onChange, readOnly, describedBy, input }: EditorProps) {
  return <OneDuration id={id} label={input.name} text={asString(value)} readOnly={readOnly} describedBy={describedBy}
    onChange={(text) => onChange(textOrUnset(text))} />;
}

/** A list of durations (reminders before a due date); anything that is not a list of texts gets the JSON editor. */
export function DurationsEditor(props: EditorProps) {
  const list = asStringList(props.value);
  if (!list) return <JsonEditor {...props} />;
  const set = (next: string[]) => props.onChange(next.length === 0 ? undefined : next);
  return (
    <div className="list-editor">
      <ul>
        {list.map((text, i) => (
          <li key={i}>
            <OneDuration id={i === 0 ? props.id : `${props.id}-${i}`} label={`${props.input.name} ${i + 1}`} text={text}
              readOnly={props.readOnly} describedBy={props.describedBy} onChange={(t) => set(list.map((old, j) => (j === i ? t : old)))} />
            {!props.readOnly && <button type="button" onClick={() => set(list.filter((_, j) => j !== i))}>Remove {text || 'duration'}</button>}
          </li>
        ))}
      </ul>
      {!props.readOnly && <button type="button" onClick={() => set([...list, 'P1D'])}>Add duration</button>}
    </div>
  );
}
