import { describe, expect, it } from 'vitest';
import { indexDescriptors } from './activityTypes';
import type { WorkflowDefinition } from './definition';
import { toDefinition, toGraph, type WorkflowGraph } from './graph';
import { activity, connection, workflow } from './testing/builders';
import { testDescriptors } from './testing/descriptors';
import { readWorkflowFiles } from './testing/workflowFiles';

const descriptors = indexDescriptors(testDescriptors);
const files = readWorkflowFiles();
const portsOf = (graph: WorkflowGraph, id: string) => graph.nodes.find((n) => n.id === id)?.data.ports.map((p) => p.name);

describe('the shipped workflows', () => {
  it('are all found', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s round-trips through the graph unchanged', (_, file) => {
    const graph = toGraph(file.definition, descriptors);
    const back = toDefinition(file.definition, graph);
    expect(back).toEqual(JSON.parse(file.text));
    expect(JSON.stringify(back)).toBe(JSON.stringify(JSON.parse(file.text)));
  });

  it.each(files.map((f) => [f.file, f] as const))('%s has one node per activity and one edge per connection, on known ports', (_, file) => {
    const graph = toGraph(file.definition, descriptors);
    expect(graph.nodes.map((n) => n.id)).toEqual(file.definition.root.activities.map((a) => a.id));
    expect(graph.edges).toHaveLength(file.definition.root.connections.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      const node = graph.nodes.find((n) => n.id === edge.source);
      expect(node?.data.ports.find((p) => p.name === edge.sourceHandle)?.known, `${edge.id} leaves from a known port`).toBe(true);
    }
    for (const node of graph.nodes) expect(node.data.knownType, node.data.activity.type).toBe(true);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s keeps its drawn positions', (_, file) => {
    const graph = toGraph(file.definition, descriptors);
    graph.nodes.forEach((node, i) => {
      const designer = file.definition.root.activities[i]?.designer;
      expect(node.position).toEqual({ x: designer?.x, y: designer?.y });
    });
  });
});

describe('outcome ports', () => {
  it('come from the descriptor for static outcomes', () => {
    const graph = toGraph(workflow([activity('d', 'Decision'), activity('a', 'Approval')]), descriptors);
    expect(portsOf(graph, 'd')).toEqual(['True', 'False']);
    expect(portsOf(graph, 'a')).toEqual(['Approved', 'Rejected']);
  });

  it('are the Switch cases in order, then Default', () => {
    const cases = [{ name: 'Sev1', condition: 'a' }, { name: 'Sev2', condition: 'b' }, { name: '', condition: 'c' }, { name: 'Sev1', condition: 'd' }];
    const sw = activity('s', 'Switch', { inputs: { cases: { type: 'Literal', value: cases } } });
    expect(portsOf(toGraph(workflow([sw]), descriptors), 's')).toEqual(['Sev1', 'Sev2', 'Default']);
  });

  it('are Default only for a Switch without cases', () => {
    expect(portsOf(toGraph(workflow([activity('s', 'Switch')]), descriptors), 's')).toEqual(['Default']);
  });

  it('are the UserTask outcomes, Done when none or not literal', () => {
    const literal = activity('u', 'UserTask', { inputs: { outcomes: { type: 'Literal', value: ['Submitted', 'Withdrawn', ' '] } } });
    const scriban = activity('v', 'UserTask', { inputs: { outcomes: { type: 'Scriban', value: 'variables.choices' } } });
    const graph = toGraph(workflow([literal, scriban, activity('w', 'UserTask')]), descriptors);
    expect(portsOf(graph, 'u')).toEqual(['Submitted', 'Withdrawn']);
    expect(portsOf(graph, 'v')).toEqual(['Done']);
    expect(portsOf(graph, 'w')).toEqual(['Done']);
  });

  it('include a port a connection uses that the activity lacks, marked unknown, so the edge still shows', () => {
    const definition = workflow([activity('x', 'Vendor.Custom'), activity('y')], [connection('x', 'Maybe', 'y')]);
    const node = toGraph(definition, descriptors).nodes[0];
    expect(node?.data.knownType).toBe(false);
    expect(node?.data.ports).toEqual([{ name: 'Maybe', known: false }]);
  });
});

describe('mapping back', () => {
  it('keeps fields it does not know about at every level', () => {
    const definition = {
      ...workflow(
        [activity('a', 'Log', { designer: { x: 1, y: 2, width: 300 } }), activity('b')],
        [{ ...connection('a', 'Done', 'b'), note: 'why' } as never],
      ),
      owner: 'team-bcm',
    } as WorkflowDefinition;
    (definition.root.activities[0] as unknown as Record<string, unknown>)['color'] = 'red';
    const graph = toGraph(definition, descriptors);
    graph.nodes[0] = { ...graph.nodes[0]!, position: { x: 10, y: 20 } };
    const back = toDefinition(definition, graph) as unknown as Record<string, unknown>;
    expect(back['owner']).toBe('team-bcm');
    const root = back['root'] as WorkflowDefinition['root'];
    expect(root.activities[0]).toMatchObject({ color: 'red', designer: { x: 10, y: 20, width: 300 } });
    expect(root.connections[0]).toMatchObject({ note: 'why' });
  });

  it('writes connections from edges, with the source handle as port', () => {
    const definition = workflow([activity('a', 'Decision'), activity('b'), activity('c')], [connection('a', 'True', 'b')]);
    const graph = toGraph(definition, descriptors);
    graph.edges.push({ id: 'new', source: 'a', sourceHandle: 'False', target: 'c' });
    expect(toDefinition(definition, graph).root.connections).toEqual([connection('a', 'True', 'b'), connection('a', 'False', 'c')]);
  });

  it('gives repeated connections distinct edge ids and keeps both', () => {
    const definition = workflow([activity('a'), activity('b')], [connection('a', 'Done', 'b'), connection('a', 'Done', 'b')]);
    const graph = toGraph(definition, descriptors);
    expect(graph.edges.map((e) => e.id)).toEqual(['a:Done->b', 'a:Done->b#2']);
    expect(toDefinition(definition, graph)).toEqual(definition);
  });
});

describe('auto-layout', () => {
  const unplaced = (id: string, type = 'Log') => ({ id, type });
  const definition = workflow(
    [unplaced('start', 'Decision'), unplaced('yes'), unplaced('no'), unplaced('end', 'End')],
    [connection('start', 'True', 'yes'), connection('start', 'False', 'no'), connection('yes', 'Done', 'end'), connection('no', 'Done', 'end')],
  );

  it('places every activity of a definition without positions, left to right along the connections', () => {
    const graph = toGraph(definition, descriptors);
    const at = (id: string) => graph.nodes.find((n) => n.id === id)!.position;
    expect(at('start').x).toBeLessThan(at('yes').x);
    expect(at('yes').x).toBeLessThan(at('end').x);
    expect(at('yes').x).toBe(at('no').x);
    expect(at('yes').y).not.toBe(at('no').y);
    const back = toDefinition(definition, graph);
    for (const a of back.root.activities) expect(a.designer).toEqual(at(a.id));
  });

  it('leaves positions alone when asked not to lay out', () => {
    const graph = toGraph(definition, descriptors, { layout: 'never' });
    expect(graph.nodes.every((n) => n.position.x === 0 && n.position.y === 0)).toBe(true);
  });

  it('can re-lay out a drawn workflow', () => {
    const file = files[0]!;
    const graph = toGraph(file.definition, descriptors, { layout: 'always' });
    const positions = new Set(graph.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(positions.size).toBe(graph.nodes.length);
  });
});
