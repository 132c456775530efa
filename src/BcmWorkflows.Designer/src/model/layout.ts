import dagre from '@dagrejs/dagre';
import type { Edge, Node } from '@xyflow/react';

export const nodeWidth = 220;
const headerHeight = 56;
const portHeight = 22;

export interface LayoutOptions {
  /** `LR` (default, like the shipped workflows) or `TB`. */
  direction?: 'LR' | 'TB';
  nodeSeparation?: number;
  rankSeparation?: number;
}

/** The size a node is laid out with: its measured size when React Flow has one, else an estimate from its ports. */
export function nodeSize(node: Node): { width: number; height: number } {
  const ports = Array.isArray(node.data['ports']) ? node.data['ports'].length : 1;
  return {
    width: node.measured?.width ?? node.width ?? nodeWidth,
    height: node.measured?.height ?? node.height ?? headerHeight + Math.max(1, ports) * portHeight,
  };
}

/** Places every node with dagre (top-left positions, as React Flow wants); edges between missing nodes are ignored. */
export function layoutNodes<N extends Node>(nodes: readonly N[], edges: readonly Edge[], options: LayoutOptions = {}): N[] {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: options.direction ?? 'LR', nodesep: options.nodeSeparation ?? 40, ranksep: options.rankSeparation ?? 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map(nodes.map((node) => [node.id, nodeSize(node)]));
  for (const [id, size] of sizes) graph.setNode(id, { ...size });
  for (const edge of edges) {
    if (sizes.has(edge.source) && sizes.has(edge.target)) graph.setEdge(edge.source, edge.target, {}, edge.id);
  }
  dagre.layout(graph);
  return nodes.map((node) => {
    const placed = graph.node(node.id);
    const size = sizes.get(node.id) ?? { width: nodeWidth, height: headerHeight };
    const x = Math.round((placed.x ?? 0) - size.width / 2);
    const y = Math.round((placed.y ?? 0) - size.height / 2);
    return { ...node, position: { x, y } };
  });
}
