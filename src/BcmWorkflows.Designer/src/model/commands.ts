import type { ActivityDefinition, ConnectionDefinition, InputValue, WorkflowDefinition } from './definition';
import type { Command } from './history';

export type Position = { x: number; y: number };
type Settings = Pick<WorkflowDefinition, 'name' | 'description' | 'inputs' | 'variables' | 'triggers'>;
type ActivityProperties = Pick<ActivityDefinition, 'name' | 'description'>;

/** Moves activities; pass the same `gesture` for every tick of one drag so it undoes in one step. */
export function moveActivities(positions: ReadonlyMap<string, Position>, gesture = 'drag'): Command {
  return {
    label: positions.size === 1 ? 'Move activity' : `Move ${positions.size} activities`,
    coalesceKey: `move:${gesture}:${[...positions.keys()].sort().join(',')}`,
    apply: (definition) =>
      mapActivities(definition, (activity) => {
        const to = positions.get(activity.id);
        if (!to || (activity.designer?.x === to.x && activity.designer?.y === to.y)) return activity;
        return { ...activity, designer: { ...activity.designer, x: to.x, y: to.y } };
      }),
  };
}

export function addActivities(activities: readonly ActivityDefinition[], connections: readonly ConnectionDefinition[] = [], label = 'Add activity'): Command {
  return {
    label,
    apply: (definition) => {
      if (activities.length === 0) return definition;
      const taken = new Set(definition.root.activities.map((a) => a.id));
      const clash = activities.find((a) => taken.has(a.id));
      if (clash) throw new Error(`An activity with id '${clash.id}' already exists.`);
      return withRoot(definition, [...definition.root.activities, ...activities], [...definition.root.connections, ...connections]);
    },
  };
}

/** Connects a port to an activity; connecting the same port to the same activity twice changes nothing. */
export function connect(connection: ConnectionDefinition): Command {
  return {
    label: `Connect ${connection.source.port}`,
    apply: (definition) => {
      const ids = new Set(definition.root.activities.map((a) => a.id));
      if (!ids.has(connection.source.activity) || !ids.has(connection.target.activity)) return definition;
      if (definition.root.connections.some((c) => sameConnection(c, connection))) return definition;
      return withRoot(definition, definition.root.activities, [...definition.root.connections, connection]);
    },
  };
}

/** Deletes activities with every connection to or from them, and the given connections. */
export function deleteElements(activityIds: readonly string[], connections: readonly ConnectionDefinition[] = []): Command {
  const ids = new Set(activityIds);
  const count = ids.size + connections.length;
  return {
    label: count === 1 ? (ids.size === 1 ? 'Delete activity' : 'Delete connection') : `Delete ${count} elements`,
    apply: (definition) => {
      const activities = definition.root.activities.filter((a) => !ids.has(a.id));
      const kept = definition.root.connections.filter(
        (c) => !ids.has(c.source.activity) && !ids.has(c.target.activity) && !connections.some((d) => sameConnection(c, d)),
      );
      if (activities.length === definition.root.activities.length && kept.length === definition.root.connections.length) return definition;
      return withRoot(definition, activities, kept);
    },
  };
}

/** Sets (or, with `undefined`, removes) one input; keystrokes in one field coalesce into one step. */
export function setInput(activityId: string, input: string, value: InputValue | undefined): Command {
  return {
    label: `Edit ${input}`,
    coalesceKey: `input:${activityId}:${input}`,
    apply: (definition) =>
      mapActivities(definition, (activity) => {
        if (activity.id !== activityId || activity.inputs?.[input] === value) return activity;
        const { [input]: _old, ...others } = activity.inputs ?? {};
        return { ...activity, inputs: value === undefined ? others : { ...activity.inputs, [input]: value } };
      }),
  };
}

export function setActivityProperties(activityId: string, properties: ActivityProperties): Command {
  return {
    label: 'Edit activity',
    coalesceKey: `activity:${activityId}:${Object.keys(properties).sort().join(',')}`,
    apply: (definition) =>
      mapActivities(definition, (activity) => (activity.id === activityId ? withFields<ActivityDefinition>(activity, properties) : activity)),
  };
}

/** Gives an activity a new id and points its connections at it; refused (no change) when the id is taken. */
export function renameActivityId(from: string, to: string): Command {
  return {
    label: 'Rename activity id',
    apply: (definition) => {
      const ids = definition.root.activities.map((a) => a.id);
      if (from === to || !ids.includes(from) || ids.includes(to) || to.trim() === '') return definition;
      const activities = definition.root.activities.map((a) => (a.id === from ? { ...a, id: to } : a));
      const connections = definition.root.connections.map((c) => remapConnection(c, (id) => (id === from ? to : id)));
      return withRoot(definition, activities, connections);
    },
  };
}

export function setWorkflowSettings(settings: Partial<Settings>): Command {
  return {
    label: 'Edit workflow settings',
    coalesceKey: `settings:${Object.keys(settings).sort().join(',')}`,
    apply: (definition) => withFields<WorkflowDefinition>(definition, settings),
  };
}

export function sameConnection(a: ConnectionDefinition, b: ConnectionDefinition): boolean {
  return a.source.activity === b.source.activity && a.source.port === b.source.port && a.target.activity === b.target.activity;
}

export function remapConnection(connection: ConnectionDefinition, map: (id: string) => string): ConnectionDefinition {
  return {
    ...connection,
    source: { ...connection.source, activity: map(connection.source.activity) },
    target: { ...connection.target, activity: map(connection.target.activity) },
  };
}

function mapActivities(definition: WorkflowDefinition, change: (activity: ActivityDefinition) => ActivityDefinition): WorkflowDefinition {
  let changed = false;
  const activities = definition.root.activities.map((activity) => {
    const next = change(activity);
    changed ||= next !== activity;
    return next;
  });
  return changed ? withRoot(definition, activities, definition.root.connections) : definition;
}

function withRoot(definition: WorkflowDefinition, activities: ActivityDefinition[], connections: ConnectionDefinition[]): WorkflowDefinition {
  return { ...definition, root: { ...definition.root, activities, connections } };
}

/** Copies the fields that differ; a field set to `undefined` is removed. Returns `target` when nothing differs. */
function withFields<T extends object>(target: T, fields: Partial<T>): T {
  const entries = Object.entries(fields) as [keyof T, T[keyof T] | undefined][];
  if (entries.every(([key, value]) => target[key] === value)) return target;
  const next = { ...target };
  for (const [key, value] of entries) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Arranges every activity left to right with dagre, as one undoable step. */
export function autoLayout(positions: ReadonlyMap<string, Position>): Command {
  return { ...moveActivities(positions, `layout-${positions.size}-${Date.now()}`), label: 'Auto-layout' };
}
