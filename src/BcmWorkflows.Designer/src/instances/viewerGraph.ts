import type { WorkflowGraph } from '../model/graph';
import { highlightOf, type ExecutedPath, type Highlight } from './executedPath';

const spoken: Record<Highlight, string> = { executed: 'completed', waiting: 'waiting', faulted: 'faulted' };

/**
 * The definition's graph as the viewer draws it: read-only nodes marked from the run (also in their accessible
 * names), taken connections with the `taken` class, the selected activity selected.
 */
export function viewerGraph(graph: WorkflowGraph, path: ExecutedPath, selectedId: string | undefined): WorkflowGraph {
  const nodes = graph.nodes.map((node) => {
    const highlight = highlightOf(path, node.id);
    return {
      ...node,
      data: highlight ? { ...node.data, highlight } : node.data,
      ariaLabel: highlight ? `${node.ariaLabel ?? node.id}, ${spoken[highlight]}` : node.ariaLabel,
      draggable: false,
      connectable: false,
      deletable: false,
      selected: node.id === selectedId,
    };
  });
  const edges = graph.edges.map((edge) => {
    const taken = edge.data ? path.taken.has(edgeKey(edge.id)) : false;
    return { ...edge, deletable: false, selectable: false, ...(taken ? { className: 'taken', animated: false, zIndex: 1 } : {}) };
  });
  return { nodes, edges };
}

/** Edge ids repeat a connection's key with `#2`, `#3` for duplicates: those are taken together. */
function edgeKey(id: string): string {
  const hash = id.lastIndexOf('#');
  return hash < 0 ? id : id.slice(0, hash);
}
