import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { fetchActivityTypes, fetchDefinition, fetchLatestDefinition, revertToVersion } from '../api/client';
import { clearWorkingCopy, loadWorkingCopy } from '../api/workingCopy';
import { indexDescriptors, type ActivityDescriptor, type DescriptorLookup } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import { toDefinition, toGraph } from '../model/graph';
import { mayLeave, navigate } from '../router/navigation';
import { useLocation } from '../router/useLocation';
import { RunDialog } from '../instances/RunDialog';
import { DesignerWorkspace } from './DesignerWorkspace';

type Loaded = {
  definition: WorkflowDefinition;
  etag: string | undefined;
  types: ActivityDescriptor[];
  descriptors: DescriptorLookup;
  restored: WorkflowDefinition | undefined;
};

/**
 * `/workflows/<id>` opens the latest version for editing, with unsaved edits kept in this tab restored;
 * `?version=N` opens version N read-only.
 */
export function DesignerPage({ definitionId }: { definitionId: string }) {
  const { search } = useLocation();
  const versionParam = new URLSearchParams(search).get('version');
  const readOnlyVersion = versionParam !== null && /^\d+$/.test(versionParam) ? Number(versionParam) : undefined;
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const [running, setRunning] = useState<WorkflowDefinition>();

  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    setError(undefined);
    const definition = readOnlyVersion !== undefined
      ? fetchDefinition(definitionId, readOnlyVersion).then((data) => ({ data, etag: undefined }))
      : fetchLatestDefinition(definitionId);
    Promise.all([fetchActivityTypes(), definition])
      .then(([types, { data, etag }]) => {
        if (!live) return;
        const descriptors = indexDescriptors(types);
        // Lay out a definition without positions once, before history starts.
        const laidOut = toDefinition(data, toGraph(data, descriptors));
        const restored = readOnlyVersion === undefined ? loadWorkingCopy(definitionId) : undefined;
        setLoaded({ definition: laidOut, etag, types, descriptors, restored });
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => { live = false; };
  }, [definitionId, readOnlyVersion, generation]);

  const base = `/workflows/${encodeURIComponent(definitionId)}`;
  const openVersion = useCallback((version: number | undefined) => navigate(version === undefined ? base : `${base}?version=${version}`), [base]);
  const reload = useCallback(() => {
    if (!window.confirm('Drop your unsaved changes and load the latest version from the server?')) return;
    clearWorkingCopy(definitionId);
    setGeneration((g) => g + 1);
  }, [definitionId]);
  const revert = useCallback(async (version: number) => {
    if (!mayLeave() || !window.confirm(`Copy version ${version} forward as a new draft? The current latest version stays in the list.`)) return;
    try {
      await revertToVersion(definitionId, version);
      clearWorkingCopy(definitionId);
      if (readOnlyVersion !== undefined) navigate(base, { force: true });
      else setGeneration((g) => g + 1);
    } catch (e) {
      window.alert(`Not reverted: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [definitionId, base, readOnlyVersion]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!loaded) return <p role="status">Loading…</p>;
  return (
    <>
      {loaded.restored && <p role="status" className="notice">Unsaved edits from earlier in this tab were restored (Undo drops them).</p>}
      <ReactFlowProvider>
        <DesignerWorkspace
          key={`${definitionId}-${readOnlyVersion ?? 'latest'}-${generation}`}
          definition={loaded.definition}
          types={loaded.types}
          descriptors={loaded.descriptors}
          etag={loaded.etag}
          restored={loaded.restored}
          readOnly={readOnlyVersion !== undefined}
          onReload={reload}
          onOpenVersion={openVersion}
          onRevert={(v) => void revert(v)}
          onRun={setRunning}
        />
      </ReactFlowProvider>
      {running && <RunDialog definition={running} onClose={() => setRunning(undefined)} onStarted={() => undefined} />}
    </>
  );
}
