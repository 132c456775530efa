import { useEffect, useState } from 'react';
import type { JsonValue } from '../../model/definition';
import { formatJson, parseJsonEdit } from '../properties/jsonEdit';

interface ValueFieldProps {
  id: string;
  label: string;
  /** The declared type: the editor follows it (text, number, true/false, JSON). */
  type: string;
  value: JsonValue | undefined;
  readOnly: boolean;
  onChange: (value: JsonValue | undefined) => void;
}

/** A default or initial value of a declared type; empty means "none". JSON that does not parse stays on screen, unapplied. */
export function ValueField({ id, label, type, value, readOnly, onChange }: ValueFieldProps) {
  if (type === 'Boolean') {
    return (
      <label>{label}{' '}
        <select id={id} disabled={readOnly} value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
          <option value="">(none)</option><option value="true">true</option><option value="false">false</option>
        </select>
      </label>
    );
  }
  if (type === 'Number') {
    return (
      <label>{label}{' '}
        <input id={id} type="number" readOnly={readOnly} value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />
      </label>
    );
  }
  if (type === 'String') {
    return (
      <label>{label}{' '}
        <input id={id} type="text" readOnly={readOnly} value={typeof value === 'string' ? value : formatJson(value)}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />
      </label>
    );
  }
  return <JsonValueField id={id} label={label} type={type} value={value} readOnly={readOnly} onChange={onChange} />;
}

function JsonValueField({ id, label, type, value, readOnly, onChange }: ValueFieldProps) {
  const expect = type === 'Object' || type === 'Array' ? type : undefined;
  const [text, setText] = useState(() => formatJson(value));
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    const parsed = parseJsonEdit(text, expect);
    if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(value)) {
      setText(formatJson(value));
      setProblem(undefined);
    }
    // Only an outside change (undo, another field) re-formats the text.
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const edit = (next: string) => {
    setText(next);
    const parsed = parseJsonEdit(next, expect);
    setProblem(parsed.ok ? undefined : parsed.message);
    if (parsed.ok && JSON.stringify(parsed.value) !== JSON.stringify(value)) onChange(parsed.value);
  };
  return (
    <>
      <label htmlFor={id}>{label} (JSON)</label>
      <textarea id={id} className="json" rows={2} spellCheck={false} readOnly={readOnly} aria-invalid={problem !== undefined}
        value={text} onChange={(e) => edit(e.target.value)} />
      {problem && <small className="field-error" role="alert">JSON: {problem} (not applied yet)</small>}
    </>
  );
}
