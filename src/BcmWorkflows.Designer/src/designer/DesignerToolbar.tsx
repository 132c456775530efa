import type { SaveStatus, VersionInfo } from './useSaveAndPublish';

export type SidePanel = 'properties' | 'settings' | 'versions';

interface Props {
  name: string;
  version: VersionInfo;
  unsaved: boolean;
  readOnly: boolean;
  status: SaveStatus;
  undo: { enabled: boolean; label: string | undefined; run: () => void };
  redo: { enabled: boolean; label: string | undefined; run: () => void };
  panel: SidePanel;
  onPanel: (panel: SidePanel) => void;
  onSave: () => void;
  onSaveAnyway: () => void;
  onReload: () => void;
  onPublish: () => void;
  onLayout: () => void;
  onRun?: (() => void) | undefined;
}

/** Name and version, the edit actions (with their shortcuts in the titles), the side panels and what the last save said. */
export function DesignerToolbar(props: Props) {
  const { name, version, unsaved, readOnly, status, undo, redo, panel } = props;
  const busy = status.kind === 'busy';
  const state = version.version === undefined ? 'new' : `version ${version.version} · ${version.isPublished ? 'published' : 'draft'}`;
  return (
    <div className="toolbar" role="toolbar" aria-label="Designer">
      <strong className="workflow-name">{name}</strong>
      <span className="muted">{state}</span>
      {unsaved && <span className="unsaved" role="status">Unsaved changes</span>}
      {!readOnly && (
        <>
          <button type="button" disabled={!undo.enabled} onClick={undo.run} title={`Undo ${undo.label ?? ''} (Ctrl+Z)`}>Undo</button>
          <button type="button" disabled={!redo.enabled} onClick={redo.run} title={`Redo ${redo.label ?? ''} (Ctrl+Y)`}>Redo</button>
          <button type="button" onClick={props.onLayout} title="Arrange the activities left to right (undoable)">Auto-layout</button>
          <button type="button" disabled={busy} onClick={props.onSave} title="Save draft (Ctrl+S)">Save draft</button>
          <button type="button" disabled={busy} onClick={props.onPublish} title="Save and publish: new instances start on this version">Publish</button>
        </>
      )}
      {props.onRun && <button type="button" onClick={props.onRun} title="Start an instance (of the published version, or of this one)">Run…</button>}
      <span className="panel-tabs" role="group" aria-label="Side panel">
        {(['properties', 'settings', 'versions'] as const).map((p) => (
          <button key={p} type="button" aria-pressed={panel === p} onClick={() => props.onPanel(p)}>{p[0]!.toUpperCase() + p.slice(1)}</button>
        ))}
      </span>
      <div className="save-status" aria-live="polite">
        {status.kind === 'busy' && <span>{status.action === 'save' ? 'Saving…' : 'Publishing…'}</span>}
        {status.kind === 'done' && <span className="ok" role="status">{status.message}</span>}
        {status.kind === 'failed' && (
          <span className="error" role="alert">
            {status.message}
            {status.conflict && (
              <>
                {' '}<button type="button" onClick={props.onSaveAnyway}>Save anyway</button>
                {' '}<button type="button" onClick={props.onReload}>Reload theirs</button>
              </>
            )}
          </span>
        )}
      </div>
    </div>
  );
}
