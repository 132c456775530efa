import { useState } from 'react';
import { fetchDefinition } from '../api/client';
import { RunDialog } from '../instances/RunDialog';
import type { WorkflowDefinition } from '../model/definition';
import { downloadText } from './download';
import { exportFileName, exportJson } from './importFile';
import { CreateWorkflowForm } from './CreateWorkflowForm';
import { ImportControl } from './ImportControl';
import { toWorkflowRows } from './rows';
import { useWorkflowList } from './useWorkflowList';
import { WorkflowTable } from './WorkflowTable';

export function WorkflowsPage() {
  const { summaries, counts, error, reload } = useWorkflowList();
  const [creating, setCreating] = useState(false);
  const [exportError, setExportError] = useState<string>();
  const [running, setRunning] = useState<WorkflowDefinition>();
  const ids = summaries?.map((s) => s.definitionId) ?? [];

  const onExport = async (definitionId: string) => {
    setExportError(undefined);
    try {
      downloadText(exportFileName(definitionId), exportJson(await fetchDefinition(definitionId)));
    } catch (e) {
      setExportError(`Export of '${definitionId}' failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  // The run form needs the inputs of the version that will run: the published one, else the latest (to run by number).
  const onRun = async (definitionId: string) => {
    setExportError(undefined);
    const summary = summaries?.find((s) => s.definitionId === definitionId);
    try {
      setRunning(await fetchDefinition(definitionId, summary?.publishedVersion != null ? 'published' : 'latest'));
    } catch (e) {
      setExportError(`'${definitionId}' could not be opened to run: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main className="workflows-page">
      <div className="page-header">
        <h1>Workflows</h1>
        <button type="button" onClick={() => setCreating(true)} disabled={creating}>New workflow</button>
        <ImportControl existingIds={ids} onImported={reload} />
      </div>
      {creating && <CreateWorkflowForm existingIds={ids} onCancel={() => setCreating(false)} />}
      {exportError && <p className="error" role="alert">{exportError}</p>}
      {error && (
        <p className="error" role="alert">
          {error} <button type="button" onClick={reload}>Retry</button>
        </p>
      )}
      {!summaries && !error && <p>Loading…</p>}
      {summaries && <WorkflowTable rows={toWorkflowRows(summaries, counts)} onExport={onExport} onRun={onRun} />}
      {running && <RunDialog definition={running} onClose={() => setRunning(undefined)} onStarted={reload} />}
    </main>
  );
}
