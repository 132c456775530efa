import { useEffect, useMemo, useState } from 'react';
import { addMember, describeMemberRef, formatMemberRef, type MemberNames } from '../peopleRefs';
import { searchPeople, useLookup, type PersonSummary } from '../lookups';
import type { EditorProps } from './editorProps';
import { asString, asStringList, textOrUnset } from './editorProps';
import { JsonEditor } from './JsonEditor';
import { RowButtons } from './ListEditors';
import { moveBy, removeAt } from '../../settings/listOps';

/** Searches people by name, email or phone as the user types (debounced); picking one calls `onPick`. */
function PersonSearch({ id, label, readOnly, onPick, onFound }: {
  id: string; label: string; readOnly: boolean; onPick: (person: PersonSummary) => void; onFound?: (people: PersonSummary[]) => void;
}) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ people?: PersonSummary[]; error?: string }>({});
  useEffect(() => {
    if (text.trim().length < 2) return setResult({});
    let live = true;
    const timer = setTimeout(() => {
      searchPeople(text)
        .then((people) => { if (live) { setResult({ people }); onFound?.(people); } })
        .catch((e: unknown) => live && setResult({ error: e instanceof Error ? e.message : String(e) }));
    }, 300);
    return () => { live = false; clearTimeout(timer); };
  }, [text, onFound]);
  if (readOnly) return null;
  return (
    <div className="person-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={text} placeholder="name, email or phone" onChange={(e) => setText(e.target.value)} />
      <div aria-live="polite">
        {result.error && <small className="field-error" role="alert">People search failed: {result.error}</small>}
        {result.people?.length === 0 && <small className="field-hint">Nobody matches “{text}”.</small>}
        {result.people && result.people.length > 0 && (
          <ul className="search-results" aria-label="Matching people">
            {result.people.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => { onPick(p); setText(''); }}>
                  {p.name} <small className="muted">{[p.email, p.phone, p.orgUnit].filter(Boolean).join(' · ')}</small>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** One recipient (SendSms/SendEmail `to`, an action's owner): a person id typed or found, a number or an address. */
export function PersonEditor(props: EditorProps) {
  const [picked, setPicked] = useState<PersonSummary>();
  const text = asString(props.value);
  return (
    <div className="person-editor">
      <input id={props.id} type="text" readOnly={props.readOnly} aria-describedby={props.describedBy} value={text}
        placeholder="person id, +4915112345678 or name@example.com" onChange={(e) => props.onChange(textOrUnset(e.target.value))} />
      {picked && picked.id === text && <small className="field-hint">{picked.name}</small>}
      <PersonSearch id={`${props.id}-search`} label="Find a person" readOnly={props.readOnly}
        onPick={(p) => { setPicked(p); props.onChange(formatMemberRef({ kind: 'person', id: p.id }, 'bare')); }} />
    </div>
  );
}

/** Recipients or assignees: people, BCM roles, org units (and numbers or addresses typed in), in a list. */
export function PeopleEditor(props: EditorProps) {
  const list = asStringList(props.value);
  const roles = useLookup('bcmRoles');
  const units = useLookup('orgUnits');
  const [found, setFound] = useState<ReadonlyMap<string, string>>(new Map());
  const [typed, setTyped] = useState('');
  const names: MemberNames = useMemo(() => ({
    people: found,
    roles: new Map((roles.data ?? []).map((r) => [r.id, r.name])),
    orgUnits: new Map((units.data ?? []).map((u) => [u.id, u.name])),
  }), [found, roles.data, units.data]);
  const remember = useMemo(() => (people: PersonSummary[]) =>
    setFound((old) => new Map([...old, ...people.map((p) => [p.id, p.name] as const)])), []);
  if (!list) return <JsonEditor {...props} />;
  const { id, readOnly } = props;
  const set = (next: string[]) => props.onChange(next.length === 0 ? undefined : next);
  const add = (ref: string) => ref.trim() !== '' && set(addMember(list, ref.trim()));

  return (
    <div className="list-editor people-editor" id={id} aria-describedby={props.describedBy}>
      {list.length === 0 && <p className="muted">Nobody yet.</p>}
      <ul aria-label={`${props.input.name}: members`}>
        {list.map((ref, i) => (
          <li key={ref + i}>
            <span>{describeMemberRef(ref, names)}</span>
            <RowButtons label={ref} index={i} count={list.length} readOnly={readOnly}
              onMove={(by) => set(moveBy(list, i, by))} onRemove={() => set(removeAt(list, i))} />
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="member-add">
          <PersonSearch id={`${id}-search`} label="Add a person" readOnly={readOnly} onFound={remember}
            onPick={(p) => add(formatMemberRef({ kind: 'person', id: p.id }))} />
          <MemberSelect id={`${id}-role`} label="Add a BCM role" lookup={roles} onPick={(r) => add(formatMemberRef({ kind: 'role', id: r }))} />
          <MemberSelect id={`${id}-unit`} label="Add an org unit" lookup={units} onPick={(u) => add(formatMemberRef({ kind: 'orgunit', id: u }))} />
          <label htmlFor={`${id}-typed`}>Add a reference, number or address</label>
          <span className="inline-fields">
            <input id={`${id}-typed`} type="text" value={typed} placeholder="role:crisis-team, +49…, a@b.org"
              onChange={(e) => setTyped(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(typed); setTyped(''); } }} />
            <button type="button" onClick={() => { add(typed); setTyped(''); }}>Add</button>
          </span>
        </div>
      )}
    </div>
  );
}

function MemberSelect({ id, label, lookup, onPick }: {
  id: string; label: string; lookup: { data: { id: string; name: string }[] | undefined; error: string | undefined }; onPick: (id: string) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value="" disabled={!lookup.data || lookup.data.length === 0} onChange={(e) => e.target.value && onPick(e.target.value)}>
        <option value="">{lookup.error ? `Could not load: ${lookup.error}` : !lookup.data ? 'Loading…' : lookup.data.length === 0 ? 'None defined' : 'Choose…'}</option>
        {(lookup.data ?? []).map((item) => <option key={item.id} value={item.id}>{item.name} ({item.id})</option>)}
      </select>
    </>
  );
}
