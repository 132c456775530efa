import {
  Background, Controls, MiniMap, ReactFlow, type Connection, type NodeChange, type OnDelete,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DescriptorLookup } from '../model/activityTypes';
import { copySelection, pasteClipboard, type Clipboard } from '../model/clipboard';
import { connect, deleteElements, moveActivities, type Position } from '../model/commands';
import type { WorkflowDefinition } from '../model/definition';
import { toGraph, type ActivityNode, type ConnectionEdge } from '../model/graph';
import { canRedo, canUndo, hasUnsavedChanges, redoLabel, undoLabel } from '../model/history';
import { ActivityNodeView } from './ActivityNodeView';
import { useDesignerHistory } from './useDesignerHistory';
import { useWorkingCopy } from './useWorkingCopy';

const nodeTypes = { activity: ActivityNodeView };

interface CanvasProps {
  definition: WorkflowDefinition;
  descriptors: DescriptorLookup;
  /** Unsaved edits kept from before (sessionStorage), applied on top of `definition` as one undoable step. */
  restored?: WorkflowDefinition | undefined;
}

/** The drawing surface: every change goes through the command history, so it can be undone. */
export function Canvas({ definition, descriptors, restored }: CanvasProps) {
  const history = useDesignerHistory(definition, restored);
  const { run, seal } = history;
  const present = history.state.present;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const clipboard = useRef<Clipboard | undefined>(undefined);
  const gesture = useRef('drag');

  const graph = useMemo(() => toGraph(present, descriptors, { layout: 'never' }), [present, descriptors]);
  const nodes: ActivityNode[] = graph.nodes.map((node) => {
    const size = measured.current.get(node.id);
    return { ...node, selected: selected.has(node.id), ...(size ? { measured: size } : {}) };
  });
  const edges: ConnectionEdge[] = graph.edges.map((edge) => ({ ...edge, selected: selected.has(edge.id) }));

  const onNodesChange = useCallback((changes: NodeChange<ActivityNode>[]) => {
    const moves = new Map<string, Position>();
    let selection: Set<string> | undefined;
    for (const change of changes) {
      if (change.type === 'position' && change.position) moves.set(change.id, change.position);
      if (change.type === 'dimensions' && change.dimensions) measured.current.set(change.id, change.dimensions);
      if (change.type === 'select') {
        selection ??= new Set(selected);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
    }
    if (moves.size > 0) run(moveActivities(moves, gesture.current));
    if (selection) setSelected(selection);
  }, [run, selected]);

  const onConnect = useCallback((c: Connection) => {
    if (c.sourceHandle) run(connect({ source: { activity: c.source, port: c.sourceHandle }, target: { activity: c.target } }));
  }, [run]);

  const onDelete: OnDelete<ActivityNode, ConnectionEdge> = useCallback(({ nodes: gone, edges: cut }) => {
    run(deleteElements(gone.map((n) => n.id), cut.flatMap((e) => (e.data ? [e.data.connection] : []))));
  }, [run]);

  useWorkingCopy(history.state);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (event.target instanceof HTMLElement && event.target.closest('input, textarea'))) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) history.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) history.redo();
      else if (key === 'c') clipboard.current = copySelection(present, selected);
      else if (key === 'v' && clipboard.current) {
        const paste = pasteClipboard(present, clipboard.current);
        run(paste.command);
        setSelected(new Set(paste.idMap.values()));
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, present, selected, run]);

  return (
    <div className="app">
      <div className="toolbar" role="toolbar" aria-label="Designer">
        <strong>{present.name}</strong>
        <button disabled={!canUndo(history.state)} onClick={history.undo} title={undoLabel(history.state)}>Undo</button>
        <button disabled={!canRedo(history.state)} onClick={history.redo} title={redoLabel(history.state)}>Redo</button>
        {hasUnsavedChanges(history.state) && <span>Unsaved changes</span>}
      </div>
      <div className="canvas">
        <ReactFlow<ActivityNode, ConnectionEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={(changes) => {
            const next = new Set(selected);
            for (const c of changes) if (c.type === 'select') (c.selected ? next.add(c.id) : next.delete(c.id));
            setSelected(next);
          }}
          onConnect={onConnect}
          onDelete={onDelete}
          onNodeDragStart={() => { gesture.current = `drag-${Date.now()}`; }}
          onNodeDragStop={seal}
          fitView
        >
          <Background />
          <MiniMap />
          <Controls />
        </ReactFlow>
      </div>
    </div>
  );
}
