import { useEffect, useState } from 'react';
import { fetchDefinition } from '../../api/client';
import { compareVersions, isUnchanged, type VersionComparison } from '../../model/compare';
import type { ConnectionDefinition } from '../../model/definition';

interface Props {
  definitionId: string;
  from: number;
  to: number;
  onClose: () => void;
}

const link = (c: ConnectionDefinition) => `${c.source.activity} —${c.source.port}→ ${c.target.activity}`;

/** What changed from one version to another: activities added, removed and changed (with the fields), connections, settings. */
export function CompareView({ definitionId, from, to, onClose }: Props) {
  const [result, setResult] = useState<VersionComparison>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    setResult(undefined);
    Promise.all([fetchDefinition(definitionId, from), fetchDefinition(definitionId, to)])
      .then(([a, b]) => live && setResult(compareVersions(a, b)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => { live = false; };
  }, [definitionId, from, to]);

  return (
    <section className="compare" aria-label={`Changes from version ${from} to ${to}`}>
      <header>
        <h4>Version {from} → {to}</h4>
        <button type="button" onClick={onClose}>Close</button>
      </header>
      {error && <p className="error" role="alert">{error}</p>}
      {!result && !error && <p role="status">Comparing…</p>}
      {result && isUnchanged(result) && <p role="status">No change that affects how it runs{result.moved.length > 0 ? ` (${result.moved.length} activities moved on the canvas)` : ''}.</p>}
      {result && !isUnchanged(result) && (
        <dl>
          {result.added.length > 0 && <><dt>Activities added</dt>{result.added.map((a) => <dd key={a.id} className="added">+ {a.name ?? a.id} <code>{a.type}</code></dd>)}</>}
          {result.removed.length > 0 && <><dt>Activities removed</dt>{result.removed.map((a) => <dd key={a.id} className="removed">− {a.name ?? a.id} <code>{a.type}</code></dd>)}</>}
          {result.changed.length > 0 && <><dt>Activities changed</dt>{result.changed.map((c) => <dd key={c.id} className="changed">~ {c.name}: {c.fields.join(', ')}</dd>)}</>}
          {result.connectionsAdded.length > 0 && <><dt>Connections added</dt>{result.connectionsAdded.map((c) => <dd key={link(c)} className="added">+ {link(c)}</dd>)}</>}
          {result.connectionsRemoved.length > 0 && <><dt>Connections removed</dt>{result.connectionsRemoved.map((c) => <dd key={link(c)} className="removed">− {link(c)}</dd>)}</>}
          {result.settings.length > 0 && <><dt>Workflow settings changed</dt><dd className="changed">{result.settings.join(', ')}</dd></>}
          {result.moved.length > 0 && <><dt>Only moved</dt><dd>{result.moved.join(', ')}</dd></>}
        </dl>
      )}
    </section>
  );
}
