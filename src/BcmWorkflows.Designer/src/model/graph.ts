import type { Edge, Node } from '@xyflow/react';
import type { DescriptorLookup } from './activityTypes';
import type { ActivityDefinition, ConnectionDefinition, WorkflowDefinition } from './definition';
import { hasPosition } from './definition';
import { layoutNodes } from './layout';
import { outcomePorts, type OutcomePort } from './ports';

/** The whole activity (unknown fields included) rides along, so mapping back loses nothing. */
export type ActivityNodeData = {
  activity: ActivityDefinition;
  ports: OutcomePort[];
  /** False for a type the server did not describe. */
  knownType: boolean;
  /** Set by the instance viewer only: how far a run got at this activity. */
  highlight?: 'executed' | 'waiting' | 'faulted';
};

export type ConnectionEdgeData = { connection: ConnectionDefinition };

export type ActivityNode = Node<ActivityNodeData, 'activity'>;
export type ConnectionEdge = Edge<ConnectionEdgeData>;

export interface WorkflowGraph {
  nodes: ActivityNode[];
  edges: ConnectionEdge[];
}

export interface ToGraphOptions {
  /** `missing` (default): lay out with dagre when an activity has no position; `always`; `never`. */
  layout?: 'missing' | 'always' | 'never';
}

export function toGraph(definition: WorkflowDefinition, descriptors: DescriptorLookup, options: ToGraphOptions = {}): WorkflowGraph {
  const { activities, connections } = definition.root;
  const outgoing = groupBySource(connections);
  const nodes = activities.map((activity) => toNode(activity, descriptors, outgoing.get(activity.id) ?? []));
  const edges = toEdges(connections);
  const layout = options.layout ?? 'missing';
  const needsLayout = layout === 'always' || (layout === 'missing' && activities.some((a) => !hasPosition(a)));
  return { nodes: needsLayout ? layoutNodes(nodes, edges) : nodes, edges };
}

export function toNode(activity: ActivityDefinition, descriptors: DescriptorLookup, outgoing: readonly ConnectionDefinition[]): ActivityNode {
  return {
    id: activity.id,
    type: 'activity',
    position: { x: activity.designer?.x ?? 0, y: activity.designer?.y ?? 0 },
    data: { activity, ports: outcomePorts(activity, descriptors, outgoing), knownType: descriptors.has(activity.type) },
    ariaLabel: `${activity.name ?? activity.id} (${activity.type})`,
  };
}

export function toEdges(connections: readonly ConnectionDefinition[]): ConnectionEdge[] {
  const used = new Map<string, number>();
  return connections.map((connection) => {
    const base = edgeId(connection);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return {
      id: seen === 0 ? base : `${base}#${seen + 1}`,
      source: connection.source.activity,
      sourceHandle: connection.source.port,
      target: connection.target.activity,
      label: connection.source.port,
      data: { connection },
    };
  });
}

/** A readable, stable id for a connection: `source:Port->target`. */
export function edgeId(connection: ConnectionDefinition): string {
  return `${connection.source.activity}:${connection.source.port}->${connection.target.activity}`;
}

/**
 * The definition the graph shows: nodes in their order with their positions written to `designer`,
 * edges as connections from `sourceHandle`. Everything else comes from the objects the graph carries.
 */
export function toDefinition(base: WorkflowDefinition, graph: WorkflowGraph): WorkflowDefinition {
  return {
    ...base,
    root: {
      ...base.root,
      activities: graph.nodes.map(toActivity),
      connections: graph.edges.map(toConnection),
    },
  };
}

export function toActivity(node: ActivityNode): ActivityDefinition {
  const activity = node.data.activity;
  const { x, y } = node.position;
  const unchanged = activity.id === node.id && activity.designer?.x === x && activity.designer?.y === y;
  if (unchanged) return activity;
  return { ...activity, id: node.id, designer: { ...activity.designer, x, y } };
}

export function toConnection(edge: ConnectionEdge): ConnectionDefinition {
  const original = edge.data?.connection;
  const port = edge.sourceHandle ?? original?.source.port ?? '';
  if (original && original.source.activity === edge.source && original.source.port === port && original.target.activity === edge.target) {
    return original;
  }
  return {
    ...original,
    source: { ...original?.source, activity: edge.source, port },
    target: { ...original?.target, activity: edge.target },
  };
}

function groupBySource(connections: readonly ConnectionDefinition[]): Map<string, ConnectionDefinition[]> {
  const groups = new Map<string, ConnectionDefinition[]>();
  for (const connection of connections) {
    const list = groups.get(connection.source.activity);
    if (list) list.push(connection);
    else groups.set(connection.source.activity, [connection]);
  }
  return groups;
}
