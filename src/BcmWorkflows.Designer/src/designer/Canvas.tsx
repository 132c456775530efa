import {
  Background, Controls, MiniMap, ReactFlow, useReactFlow, type Connection, type EdgeChange, type NodeChange, type OnDelete,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import type { DescriptorLookup } from '../model/activityTypes';
import { connect, deleteElements, moveActivities, type Position } from '../model/commands';
import type { WorkflowDefinition } from '../model/definition';
import { toGraph, type ActivityNode, type ConnectionEdge } from '../model/graph';
import type { Command } from '../model/history';
import { paletteMime } from '../model/palette';
import { ActivityNodeView } from './ActivityNodeView';

const nodeTypes = { activity: ActivityNodeView };

export interface CanvasProps {
  definition: WorkflowDefinition;
  descriptors: DescriptorLookup;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: ReadonlySet<string>) => void;
  /** Absent: read-only (an old version, an instance) — nothing can be moved, connected or deleted. */
  run?: ((command: Command) => void) | undefined;
  /** Ends the current undo step (after a drag). */
  seal?: () => void;
  /** A palette item dropped at a flow position. */
  onDropType?: (type: string, at: Position) => void;
  /** Extra classes per node id (executed path, waits, problems). */
  nodeClass?: (id: string) => string | undefined;
  edgeClass?: (edge: ConnectionEdge) => string | undefined;
  label?: string;
}

/** The drawing surface. Every change is a command for the history; selection is the page's state. */
export function Canvas({ definition, descriptors, selected, onSelectionChange, run, seal, onDropType, nodeClass, edgeClass, label = 'Workflow canvas' }: CanvasProps) {
  const readOnly = run === undefined;
  const measured = useRef(new Map<string, { width: number; height: number }>());
  const gesture = useRef('drag');
  const flow = useReactFlow<ActivityNode, ConnectionEdge>();

  // While a drag is under way the moving nodes' positions live here; the history gets one command when it ends.
  // Going through the history on every mouse move rebuilt 300-node graphs and stored the working copy each time.
  const [dragging, setDraggingState] = useState<ReadonlyMap<string, Position>>(new Map());
  const draggingRef = useRef<ReadonlyMap<string, Position>>(dragging);
  const setDragging = useCallback((next: ReadonlyMap<string, Position>) => {
    draggingRef.current = next;
    setDraggingState(next);
  }, []);

  const graph = useMemo(() => toGraph(definition, descriptors, { layout: 'never' }), [definition, descriptors]);
  // A node object changes only when its own state does: React Flow then updates that node alone (selecting one
  // node in a 300-node workflow used to hand it 300 new objects).
  const previous = useRef(new Map<string, { source: ActivityNode; selected: boolean; className: string | undefined; node: ActivityNode }>());
  const baseNodes = useMemo(() => {
    const next = new Map<string, { source: ActivityNode; selected: boolean; className: string | undefined; node: ActivityNode }>();
    const list = graph.nodes.map((source) => {
      const isSelected = selected.has(source.id);
      const className = nodeClass?.(source.id);
      const before = previous.current.get(source.id);
      const sameActivity = before !== undefined && before.source.data.activity === source.data.activity
        && before.source.data.ports.length === source.data.ports.length && before.source.data.ports.every((p, i) => p.name === source.data.ports[i]?.name && p.known === source.data.ports[i]?.known);
      const node = sameActivity && before.selected === isSelected && before.className === className
        ? before.node
        : (() => {
          const size = measured.current.get(source.id);
          return { ...source, selected: isSelected, ...(size ? { measured: size } : {}), ...(className ? { className } : {}) };
        })();
      next.set(source.id, { source, selected: isSelected, className, node });
      return node;
    });
    previous.current = next;
    return list;
  }, [graph, selected, nodeClass]);
  const nodes: ActivityNode[] = useMemo(
    () => (dragging.size === 0 ? baseNodes : baseNodes.map((node) => {
      const at = dragging.get(node.id);
      return at ? { ...node, position: at } : node;
    })),
    [baseNodes, dragging],
  );
  const previousEdges = useRef(new Map<string, { connection: unknown; selected: boolean; className: string | undefined; edge: ConnectionEdge }>());
  const edges: ConnectionEdge[] = useMemo(() => {
    const next = new Map<string, { connection: unknown; selected: boolean; className: string | undefined; edge: ConnectionEdge }>();
    const list = graph.edges.map((source) => {
      const isSelected = selected.has(source.id);
      const className = edgeClass?.(source);
      const before = previousEdges.current.get(source.id);
      const edge = before && before.connection === source.data?.connection && before.selected === isSelected && before.className === className
        ? before.edge
        : { ...source, selected: isSelected, ariaLabel: `${source.source} ${source.sourceHandle ?? ''} to ${source.target}`, ...(className ? { className } : {}) };
      next.set(source.id, { connection: source.data?.connection, selected: isSelected, className, edge });
      return edge;
    });
    previousEdges.current = next;
    return list;
  }, [graph, selected, edgeClass]);

  const onNodesChange = useCallback((changes: NodeChange<ActivityNode>[]) => {
    const live = new Map<string, Position>();
    const done = new Map<string, Position>();
    let selection: Set<string> | undefined;
    for (const change of changes) {
      if (change.type === 'position' && !readOnly) {
        // Mouse drags report dragging=true on every move and false once at the end (without a position then);
        // arrow keys report a position with dragging unset: those are a move of their own.
        if (change.dragging && change.position) live.set(change.id, change.position);
        else if (change.position) done.set(change.id, change.position);
      }
      if (change.type === 'dimensions' && change.dimensions) measured.current.set(change.id, change.dimensions);
      if (change.type === 'select') {
        selection ??= new Set(selected);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
    }
    if (live.size > 0) setDragging(new Map([...draggingRef.current, ...live]));
    if (done.size > 0) run?.(moveActivities(done, `keys-${Date.now()}`));
    if (selection) onSelectionChange(selection);
  }, [run, readOnly, selected, onSelectionChange, setDragging]);

  const endDrag = useCallback(() => {
    const moved = draggingRef.current;
    if (moved.size > 0) run?.(moveActivities(moved, gesture.current));
    setDragging(new Map());
    seal?.();
  }, [run, seal, setDragging]);

  const onEdgesChange = useCallback((changes: EdgeChange<ConnectionEdge>[]) => {
    let selection: Set<string> | undefined;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selection ??= new Set(selected);
      if (c.selected) selection.add(c.id);
      else selection.delete(c.id);
    }
    if (selection) onSelectionChange(selection);
  }, [selected, onSelectionChange]);

  const onConnect = useCallback((c: Connection) => {
    if (c.sourceHandle) run?.(connect({ source: { activity: c.source, port: c.sourceHandle }, target: { activity: c.target } }));
  }, [run]);

  const onDelete: OnDelete<ActivityNode, ConnectionEdge> = useCallback(({ nodes: gone, edges: cut }) => {
    run?.(deleteElements(gone.map((n) => n.id), cut.flatMap((e) => (e.data ? [e.data.connection] : []))));
  }, [run]);

  const onDragOver = (event: DragEvent) => {
    if (readOnly || !event.dataTransfer.types.includes(paletteMime)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(paletteMime);
    if (readOnly || !type) return;
    event.preventDefault();
    onDropType?.(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<ActivityNode, ConnectionEdge>
        aria-label={label}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDelete={onDelete}
        onNodeDragStart={() => { gesture.current = `drag-${Date.now()}`; }}
        onNodeDragStop={endDrag}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionKeyCode="Shift"
        onlyRenderVisibleElements
        minZoom={0.1}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
      >
        <Background />
        <MiniMap pannable zoomable ariaLabel="Minimap" />
        <Controls showInteractive={!readOnly} fitViewOptions={{ padding: 0.1 }} />
      </ReactFlow>
    </div>
  );
}
