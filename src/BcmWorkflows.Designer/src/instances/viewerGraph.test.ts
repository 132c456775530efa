import { describe, expect, it } from 'vitest';
import { indexDescriptors } from '../model/activityTypes';
import { toGraph } from '../model/graph';
import { activity, connection, workflow } from '../model/testing/builders';
import { executedPath } from './executedPath';
import { viewerGraph } from './viewerGraph';

describe('viewer graph', () => {
  const definition = workflow([activity('a'), activity('b'), activity('c')], [connection('a', 'Done', 'b'), connection('a', 'Done', 'c')]);
  const graph = toGraph(definition, indexDescriptors([]), { layout: 'never' });
  const path = executedPath({
    definition,
    journal: [
      { sequence: 1, at: '', activityId: 'a', activityType: 'Log', event: 'Completed', outcome: 'Done' },
      { sequence: 2, at: '', activityId: 'b', activityType: 'Log', event: 'Started' },
      { sequence: 3, at: '', activityId: 'b', activityType: 'Log', event: 'Faulted', message: 'boom' },
    ],
  });

  it('marks nodes from the run, says so in their names, and keeps them read-only', () => {
    const { nodes } = viewerGraph(graph, path, 'b');
    expect(nodes.map((n) => [n.id, n.data.highlight, n.selected])).toEqual([['a', 'executed', false], ['b', 'faulted', true], ['c', undefined, false]]);
    expect(nodes[1]!.ariaLabel).toBe('b (Log), faulted');
    expect(nodes.every((n) => n.draggable === false && n.connectable === false && n.deletable === false)).toBe(true);
  });

  it('lays out a definition whose activities the server returns with "designer": null', () => {
    const fromServer = JSON.parse(JSON.stringify(definition).replaceAll('{"x":0,"y":0}', 'null')) as typeof definition;
    const laidOut = toGraph(fromServer, indexDescriptors([]));
    expect(new Set(laidOut.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(3);
  });

  it('gives taken connections their class and leaves the others plain', () => {
    const { edges } = viewerGraph(graph, path, undefined);
    expect(edges.map((e) => [e.id, e.className])).toEqual([['a:Done->b', 'taken'], ['a:Done->c', undefined]]);
  });
});
