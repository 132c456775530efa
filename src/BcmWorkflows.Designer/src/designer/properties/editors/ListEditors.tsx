import type { JsonObject, JsonValue } from '../../../model/definition';
import { moveBy, removeAt, replaceAt } from '../../settings/listOps';
import type { EditorProps } from './editorProps';
import { asStringList } from './editorProps';
import { JsonEditor } from './JsonEditor';

/** Up, down and remove for one row of a list. */
export function RowButtons({ label, index, count, readOnly, onMove, onRemove }: {
  label: string; index: number; count: number; readOnly: boolean; onMove: (by: -1 | 1) => void; onRemove: () => void;
}) {
  if (readOnly) return null;
  return (
    <span className="row-buttons">
      <button type="button" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
      <button type="button" aria-label={`Move ${label} down`} disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
      <button type="button" aria-label={`Remove ${label}`} onClick={onRemove}>✕</button>
    </span>
  );
}

/** Outcomes (each becomes a port): a list of names. Anything else in the value falls back to JSON. */
export function StringListEditor(props: EditorProps & { itemLabel?: string; newItem?: string }) {
  const list = asStringList(props.value);
  if (!list) return <JsonEditor {...props} />;
  const { id, readOnly, describedBy, itemLabel = 'Outcome', newItem = '' } = props;
  const set = (next: string[]) => props.onChange(next.length === 0 ? undefined : next);
  return (
    <div className="list-editor" id={id} aria-describedby={describedBy}>
      {list.length === 0 && <p className="muted">None.</p>}
      <ol>
        {list.map((text, i) => (
          <li key={i}>
            <input type="text" aria-label={`${itemLabel} ${i + 1}`} readOnly={readOnly} value={text}
              onChange={(e) => set(replaceAt(list, i, e.target.value))} />
            <RowButtons label={`${itemLabel} ${text || i + 1}`} index={i} count={list.length} readOnly={readOnly}
              onMove={(by) => set(moveBy(list, i, by))} onRemove={() => set(removeAt(list, i))} />
          </li>
        ))}
      </ol>
      {!readOnly && <button type="button" onClick={() => set([...list, newItem])}>Add {itemLabel.toLowerCase()}</button>}
    </div>
  );
}

interface Case { name: string; condition: string }

function asCases(value: JsonValue | undefined): Case[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const cases: Case[] = [];
  for (const item of value) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const { name, condition, ...rest } = item as JsonObject;
    // A case with more than a name and a text condition is edited as JSON so nothing is dropped.
    if (Object.keys(rest).length > 0 || (name !== undefined && typeof name !== 'string') || (condition !== undefined && typeof condition !== 'string')) return undefined;
    cases.push({ name: name ?? '', condition: condition ?? '' });
  }
  return cases;
}

/** Switch cases: a name (the port) and a Boolean Scriban condition per row, in match order. */
export function CasesEditor(props: EditorProps) {
  const cases = asCases(props.value);
  if (!cases) return <JsonEditor {...props} />;
  const { id, readOnly, describedBy } = props;
  const set = (next: Case[]) => props.onChange(next.length === 0 ? undefined : next.map((c) => ({ name: c.name, condition: c.condition })));
  return (
    <div className="list-editor" id={id} aria-describedby={describedBy}>
      {cases.length === 0 && <p className="muted">No cases: everything leaves on Default.</p>}
      <ol>
        {cases.map((c, i) => (
          <li key={i} className="case">
            <input type="text" aria-label={`Case ${i + 1} name (port)`} placeholder="name" readOnly={readOnly} value={c.name}
              onChange={(e) => set(replaceAt(cases, i, { ...c, name: e.target.value }))} />
            <input type="text" className="code" aria-label={`Case ${i + 1} condition (Scriban)`} placeholder="input.severity <= 2"
              readOnly={readOnly} value={c.condition} onChange={(e) => set(replaceAt(cases, i, { ...c, condition: e.target.value }))} />
            <RowButtons label={`case ${c.name || i + 1}`} index={i} count={cases.length} readOnly={readOnly}
              onMove={(by) => set(moveBy(cases, i, by))} onRemove={() => set(removeAt(cases, i))} />
          </li>
        ))}
      </ol>
      {!readOnly && <button type="button" onClick={() => set([...cases, { name: `case${cases.length + 1}`, condition: '' }])}>Add case</button>}
    </div>
  );
}

const channels = ['Sms', 'Email'];

/** The channel order for everyone: the channels in use, in order, and the ones left to add. */
export function ChannelsEditor(props: EditorProps) {
  const list = asStringList(props.value);
  if (!list) return <JsonEditor {...props} />;
  const { id, readOnly, describedBy } = props;
  const set = (next: string[]) => props.onChange(next.length === 0 ? undefined : next);
  const unused = channels.filter((c) => !list.includes(c));
  return (
    <div className="list-editor" id={id} aria-describedby={describedBy}>
      {list.length === 0 && <p className="muted">Not set: each person's own preference.</p>}
      <ol>
        {list.map((channel, i) => (
          <li key={channel + i}>
            <span>{channel}</span>
            <RowButtons label={channel} index={i} count={list.length} readOnly={readOnly}
              onMove={(by) => set(moveBy(list, i, by))} onRemove={() => set(removeAt(list, i))} />
          </li>
        ))}
      </ol>
      {!readOnly && unused.map((c) => <button key={c} type="button" onClick={() => set([...list, c])}>Add {c}</button>)}
    </div>
  );
}
