import type { ActivityDefinition, ConnectionDefinition, WorkflowDefinition } from '../definition';

export function activity(id: string, type = 'Log', extra: Partial<ActivityDefinition> = {}): ActivityDefinition {
  return { id, type, name: id, inputs: {}, designer: { x: 0, y: 0 }, ...extra };
}

export function connection(source: string, port: string, target: string): ConnectionDefinition {
  return { source: { activity: source, port }, target: { activity: target } };
}

export function workflow(activities: ActivityDefinition[], connections: ConnectionDefinition[] = []): WorkflowDefinition {
  return { definitionId: 'test', name: 'Test', root: { type: 'Flowchart', activities, connections } };
}
