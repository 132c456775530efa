import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ActivityDescriptor, DescriptorLookup } from '../model/activityTypes';
import { addActivities, autoLayout, type Position } from '../model/commands';
import type { WorkflowDefinition } from '../model/definition';
import { toGraph, type ActivityNode, type ConnectionEdge } from '../model/graph';
import { canRedo, canUndo, hasUnsavedChanges, redoLabel, undoLabel } from '../model/history';
import { layoutNodes } from '../model/layout';
import { newActivity } from '../model/newActivity';
import { problemsByActivity, workflowProblems } from '../model/problems';
import { Canvas } from './Canvas';
import { DesignerToolbar, type SidePanel } from './DesignerToolbar';
import { NodeContext } from './nodeContext';
import { Palette } from './Palette';
import { ProblemsList } from './ProblemsList';
import { SidePanelContent } from './SidePanelContent';
import { useDesignerHistory } from './useDesignerHistory';
import { useDesignerKeys } from './useDesignerKeys';
import { useSaveAndPublish } from './useSaveAndPublish';
import { useUnsavedGuard } from './useUnsavedGuard';
import { useWorkingCopy } from './useWorkingCopy';

export interface WorkspaceProps {
  definition: WorkflowDefinition;
  types: readonly ActivityDescriptor[];
  descriptors: DescriptorLookup;
  etag: string | undefined;
  restored?: WorkflowDefinition | undefined;
  /** Set when an old version is open: nothing can be changed. */
  readOnly: boolean;
  onReload: () => void;
  onOpenVersion: (version: number | undefined) => void;
  onRevert: (version: number) => void;
  onRun?: ((definition: WorkflowDefinition) => void) | undefined;
}

/** The designer: palette, canvas, side panel (properties, settings, versions), toolbar; every edit through the history. */
export function DesignerWorkspace({ definition, types, descriptors, etag, restored, readOnly, onReload, onOpenVersion, onRevert, onRun }: WorkspaceProps) {
  const history = useDesignerHistory(definition, readOnly ? undefined : restored);
  const present = history.state.present;
  const presentRef = useRef(present);
  presentRef.current = present;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<SidePanel>('properties');
  const flow = useReactFlow<ActivityNode, ConnectionEdge>();
  const unsaved = !readOnly && hasUnsavedChanges(history.state);

  const saving = useSaveAndPublish({
    present: useCallback(() => presentRef.current, []),
    markSaved: history.markSaved,
    initialETag: etag,
    initialVersion: { version: definition.version, isPublished: definition.isPublished ?? false },
  });
  const run = readOnly ? undefined : history.run;

  useWorkingCopy(history.state, !readOnly);
  useUnsavedGuard(unsaved);
  useDesignerKeys({ present, selected, readOnly, run: history.run, undo: history.undo, redo: history.redo, save: () => void saving.save(), select: setSelected });

  const byActivity = useMemo(() => problemsByActivity(saving.problems), [saving.problems]);
  const nodeContext = useMemo(() => ({ descriptors, problems: byActivity }), [descriptors, byActivity]);

  const add = useCallback((type: string, at: Position) => {
    const descriptor = descriptors.get(type);
    if (!descriptor) return;
    const activity = newActivity(descriptor, presentRef.current, at);
    history.run(addActivities([activity], [], `Add ${descriptor.displayName}`));
    setSelected(new Set([activity.id]));
    setPanel('properties');
  }, [descriptors, history]);

  const addInView = useCallback((type: string) => {
    const box = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 0, y: 0 };
    add(type, flow.screenToFlowPosition(centre));
  }, [add, flow]);

  const layout = () => {
    const graph = toGraph(present, descriptors, { layout: 'never' });
    const laid = layoutNodes(graph.nodes, graph.edges);
    history.run(autoLayout(new Map(laid.map((n) => [n.id, n.position]))));
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.1 }));
  };

  const single = selected.size === 1 ? [...selected][0] : undefined;
  const selectedActivity = single !== undefined && present.root.activities.some((a) => a.id === single) ? single : undefined;
  const nameOf = (id: string) => present.root.activities.find((a) => a.id === id)?.name ?? id;

  return (
    <NodeContext.Provider value={nodeContext}>
      <div className="app designer">
        <DesignerToolbar
          name={present.name}
          version={readOnly ? { version: definition.version, isPublished: definition.isPublished ?? false } : saving.version}
          unsaved={unsaved}
          readOnly={readOnly}
          status={saving.status}
          undo={{ enabled: canUndo(history.state), label: undoLabel(history.state), run: history.undo }}
          redo={{ enabled: canRedo(history.state), label: redoLabel(history.state), run: history.redo }}
          panel={panel}
          onPanel={setPanel}
          onSave={() => void saving.save()}
          onSaveAnyway={() => void saving.save({ overwrite: true })}
          onReload={onReload}
          onPublish={() => void saving.publish(unsaved)}
          onLayout={layout}
          onRun={onRun ? () => onRun(present) : undefined}
        />
        {readOnly && (
          <p className="notice" role="status">
            Version {definition.version} (read-only). <button type="button" className="link" onClick={() => onOpenVersion(undefined)}>Back to the latest version</button>
          </p>
        )}
        <ProblemsList problems={saving.problems} nameOf={nameOf} onSelect={(id) => {
          if (id === undefined) setPanel('settings');
          else { setSelected(new Set([id])); setPanel('properties'); }
        }} />
        <div className="designer-body">
          {!readOnly && <Palette descriptors={types} onAdd={addInView} />}
          <Canvas definition={present} descriptors={descriptors} selected={selected} onSelectionChange={setSelected}
            run={run} seal={history.seal} onDropType={add} label={`Canvas of ${present.name}`} />
          <aside className="side-panel" aria-label="Side panel" onBlur={history.seal}>
            <SidePanelContent
              panel={panel}
              definition={present}
              descriptors={descriptors}
              activityId={selectedActivity}
              problems={saving.problems}
              activityProblems={selectedActivity ? byActivity.get(selectedActivity) ?? [] : []}
              settingsProblems={workflowProblems(saving.problems)}
              readOnly={readOnly}
              onCommand={history.run}
              onRenamed={(to) => setSelected(new Set([to]))}
              versions={{ refreshKey: `${saving.version.version}-${saving.version.isPublished}`, onOpen: onOpenVersion, onRevert }}
            />
          </aside>
        </div>
      </div>
    </NodeContext.Provider>
  );
}
