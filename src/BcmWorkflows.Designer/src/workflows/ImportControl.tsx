import { useRef, useState, type ChangeEvent } from 'react';
import { saveDraft } from '../api/client';
import type { PathMessage } from '../api/problem';
import { importDefinition, parseImport } from './importFile';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; title: string; problems: PathMessage[] };

/** Import JSON: a file → PUT as a draft; every validation problem is listed by path and nothing is saved. */
export function ImportControl({ existingIds, onImported }: { existingIds: string[]; onImported: () => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus({ kind: 'busy' });
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return setStatus({ kind: 'failed', title: `${file.name} cannot be imported; nothing was saved.`, problems: parsed.problems });
    const id = parsed.definition.definitionId;
    if (existingIds.includes(id) && !window.confirm(`'${id}' exists. Save this file as its latest draft?`)) return setStatus({ kind: 'idle' });
    try {
      const outcome = await importDefinition(parsed.definition, saveDraft);
      if (outcome.ok) {
        setStatus({ kind: 'done', text: `Imported '${id}' as version ${outcome.result.version} (draft).` });
        onImported();
      } else setStatus({ kind: 'failed', title: `${file.name}: ${outcome.title}`, problems: outcome.problems });
    } catch (e) {
      setStatus({ kind: 'failed', title: e instanceof Error ? e.message : String(e), problems: [] });
    }
  };

  return (
    <div className="import">
      <input ref={input} id="import-file" type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
      <button type="button" onClick={() => input.current?.click()} disabled={status.kind === 'busy'}>Import JSON…</button>
      <div aria-live="polite">
        {status.kind === 'done' && <p role="status">{status.text}</p>}
        {status.kind === 'failed' && (
          <div className="error" role="alert">
            <p>{status.title}</p>
            {status.problems.length > 0 && (
              <ul aria-label="Validation problems">
                {status.problems.map((p, i) => <li key={i}><code>{p.path}</code> {p.message}</li>)}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
