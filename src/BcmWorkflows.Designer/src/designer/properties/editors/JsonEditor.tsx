import { useEffect, useState } from 'react';
import type { JsonValue } from '../../../model/definition';
import { formatJson, parseJsonEdit } from '../jsonEdit';
import type { EditorProps } from './editorProps';

/**
 * JSON typed into a text area. Only text that parses reaches the definition; while it does not, the text stays on
 * screen with the parse error under it. Undo/redo (a new value from outside) replaces the text.
 */
export function JsonEditor({ id, value, onChange, readOnly, describedBy, input }: EditorProps) {
  const expect = input.type === 'Object' || input.type === 'Array' ? input.type : undefined;
  const [text, setText] = useState(() => formatJson(value));
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const parsed = parseJsonEdit(text, expect);
    if (!parsed.ok || !sameJson(parsed.value, value)) {
      setText(formatJson(value));
      setProblem(undefined);
    }
    // Only an outside change of the value re-formats; the text is the user's while typing.
  }, [value]);

  const edit = (next: string) => {
    setText(next);
    const parsed = parseJsonEdit(next, expect);
    if (parsed.ok) {
      setProblem(undefined);
      if (!sameJson(parsed.value, value)) onChange(parsed.value);
    } else setProblem(parsed.message);
  };

  return (
    <>
      <textarea id={id} className="json" rows={Math.min(12, Math.max(3, text.split('\n').length))} spellCheck={false}
        readOnly={readOnly} aria-describedby={describedBy} aria-invalid={problem !== undefined} value={text}
        onChange={(e) => edit(e.target.value)} />
      {problem && <small className="field-error" role="alert">JSON: {problem} (not applied yet)</small>}
    </>
  );
}

function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
