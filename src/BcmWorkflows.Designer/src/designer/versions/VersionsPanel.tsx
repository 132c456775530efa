import { useCallback, useEffect, useState } from 'react';
import { fetchVersions } from '../../api/client';
import type { DefinitionVersion } from '../../api/types';
import { CompareView } from './CompareView';

interface Props {
  definitionId: string;
  /** Changes when a save, publish or revert made a new version, so the list reloads. */
  refreshKey: string;
  readOnly: boolean;
  onOpen: (version: number) => void;
  onRevert: (version: number) => void;
}

const when = (iso: string) => new Date(iso).toLocaleString();

/** Every version with who made it and when; open one read-only, compare two, or revert (copy it forward as a new draft). */
export function VersionsPanel({ definitionId, refreshKey, readOnly, onOpen, onRevert }: Props) {
  const [versions, setVersions] = useState<DefinitionVersion[]>();
  const [error, setError] = useState<string>();
  const [picked, setPicked] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number]>();

  const load = useCallback(() => {
    setError(undefined);
    fetchVersions(definitionId).then(setVersions, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [definitionId]);
  useEffect(load, [load, refreshKey]);

  const toggle = (v: number) => setPicked((p) => (p.includes(v) ? p.filter((x) => x !== v) : [...p, v].slice(-2)));

  if (error) return <p className="error" role="alert">{error} <button type="button" onClick={load}>Try again</button></p>;
  if (!versions) return <p role="status">Loading versions…</p>;
  const [a, b] = [...picked].sort((x, y) => x - y);
  return (
    <section className="versions-panel" aria-label="Versions">
      <h3>Versions</h3>
      <p className="muted">Tick two versions to compare them.</p>
      <ol reversed>
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <label>
              <input type="checkbox" checked={picked.includes(v.version)} onChange={() => toggle(v.version)} aria-label={`Pick version ${v.version} to compare`} />
              <strong>Version {v.version}</strong>
              {v.isPublished && <span className="tag published">published</span>}
              {v.isLatest && <span className="tag">latest</span>}
            </label>
            <small>created by {v.createdBy ?? 'unknown'}, {when(v.createdAt)}{v.updatedAt !== v.createdAt ? `; last change by ${v.updatedBy ?? 'unknown'}, ${when(v.updatedAt)}` : ''}</small>
            <span className="buttons">
              <button type="button" onClick={() => onOpen(v.version)}>Open read-only</button>
              {!readOnly && !v.isLatest && <button type="button" onClick={() => onRevert(v.version)}>Revert to this</button>}
            </span>
          </li>
        ))}
      </ol>
      <button type="button" disabled={a === undefined || b === undefined} onClick={() => a !== undefined && b !== undefined && setComparing([a, b])}>
        Compare {a !== undefined && b !== undefined ? `${a} → ${b}` : 'two versions'}
      </button>
      {comparing && <CompareView definitionId={definitionId} from={comparing[0]} to={comparing[1]} onClose={() => setComparing(undefined)} />}
    </section>
  );
}
