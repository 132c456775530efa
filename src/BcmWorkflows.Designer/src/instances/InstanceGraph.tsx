import { Background, Controls, MiniMap, ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { ActivityNodeView } from '../designer/ActivityNodeView';
import { NodeContext } from '../designer/nodeContext';
import type { DescriptorLookup } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import { toGraph, type ActivityNode, type ConnectionEdge } from '../model/graph';
import type { ExecutedPath } from './executedPath';
import { viewerGraph } from './viewerGraph';

const nodeTypes = { activity: ActivityNodeView };
const miniMapColours = { executed: '#81c784', waiting: '#ffb74d', faulted: '#e57373' } as const;
const miniMapColour = (node: ActivityNode) => (node.data.highlight ? miniMapColours[node.data.highlight] : '#cfd8dc');

interface InstanceGraphProps {
  definition: WorkflowDefinition;
  descriptors: DescriptorLookup;
  path: ExecutedPath;
  selectedId: string | undefined;
  onSelect: (activityId: string | undefined) => void;
}

/** The definition version the instance runs on, read-only, with the run drawn over it. */
export function InstanceGraph({ definition, descriptors, path, selectedId, onSelect }: InstanceGraphProps) {
  const [flow, setFlow] = useState<ReactFlowInstance<ActivityNode, ConnectionEdge>>();
  const graph = useMemo(() => toGraph(definition, descriptors), [definition, descriptors]);
  const shown = useMemo(() => viewerGraph(graph, path, selectedId), [graph, path, selectedId]);
  const nodeContext = useMemo(() => ({ descriptors, problems: new Map() }), [descriptors]);

  // Bring the activity picked in the journal into view.
  useEffect(() => {
    if (flow && selectedId) void flow.fitView({ nodes: [{ id: selectedId }], maxZoom: 1, duration: 300 });
  }, [flow, selectedId]);

  return (
    <NodeContext.Provider value={nodeContext}>
    <div className="instance-graph" aria-label={`Diagram of ${definition.name || definition.definitionId} version ${definition.version ?? ''}`} role="group">
      <ReactFlow<ActivityNode, ConnectionEdge>
        nodes={shown.nodes}
        edges={shown.edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        onInit={setFlow}
        onNodeClick={(_, node) => onSelect(node.id)}
        onPaneClick={() => onSelect(undefined)}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        minZoom={0.1}
      >
        <Background />
        <MiniMap<ActivityNode> pannable zoomable nodeColor={miniMapColour} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
    </NodeContext.Provider>
  );
}

/** What the colours mean. */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><span className="swatch executed" aria-hidden="true" /> Completed</li>
      <li><span className="swatch taken" aria-hidden="true" /> Connection taken</li>
      <li><span className="swatch waiting" aria-hidden="true" /> Waiting now</li>
      <li><span className="swatch faulted" aria-hidden="true" /> Faulted</li>
    </ul>
  );
}
