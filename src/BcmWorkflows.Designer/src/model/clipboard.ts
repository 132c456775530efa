import type { ActivityDefinition, ConnectionDefinition, WorkflowDefinition } from './definition';
import { addActivities, remapConnection, type Position } from './commands';
import type { Command } from './history';

/** What copy puts on the clipboard: the selected activities and the connections between them. */
export interface Clipboard {
  kind: 'bcm-workflows/activities';
  activities: ActivityDefinition[];
  connections: ConnectionDefinition[];
}

export function copySelection(definition: WorkflowDefinition, activityIds: Iterable<string>): Clipboard {
  const ids = new Set(activityIds);
  return {
    kind: 'bcm-workflows/activities',
    activities: definition.root.activities.filter((a) => ids.has(a.id)),
    connections: definition.root.connections.filter((c) => ids.has(c.source.activity) && ids.has(c.target.activity)),
  };
}

export interface Paste {
  command: Command;
  /** New id of each pasted activity by its id on the clipboard, to select the pasted nodes. */
  idMap: Map<string, string>;
}

/**
 * Pastes a copy into `definition`: every activity gets an id not used yet (`notify` → `notifyCopy`, `notifyCopy2`, …)
 * and is shifted by `offset`; connections between pasted activities follow the new ids.
 */
export function pasteClipboard(definition: WorkflowDefinition, clipboard: Clipboard, offset: Position = { x: 40, y: 40 }): Paste {
  const taken = new Set(definition.root.activities.map((a) => a.id));
  const idMap = new Map<string, string>();
  for (const activity of clipboard.activities) {
    const id = uniqueId(activity.id, taken);
    taken.add(id);
    idMap.set(activity.id, id);
  }
  const newId = (id: string) => idMap.get(id) ?? id;
  const activities = clipboard.activities.map((activity) => ({
    ...structuredClone(activity),
    id: newId(activity.id),
    designer: { ...activity.designer, x: (activity.designer?.x ?? 0) + offset.x, y: (activity.designer?.y ?? 0) + offset.y },
  }));
  const connections = clipboard.connections
    .filter((c) => idMap.has(c.source.activity) && idMap.has(c.target.activity))
    .map((c) => remapConnection(structuredClone(c), newId));
  const label = activities.length === 1 ? 'Paste activity' : `Paste ${activities.length} activities`;
  return { command: addActivities(activities, connections, label), idMap };
}

export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const base = `${id.replace(/Copy\d*$/, '')}Copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

export function serializeClipboard(clipboard: Clipboard): string {
  return JSON.stringify(clipboard);
}

/** Reads clipboard text; `undefined` when it is not something copy wrote. */
export function parseClipboard(text: string): Clipboard | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || value['kind'] !== 'bcm-workflows/activities') return undefined;
    if (!Array.isArray(value['activities']) || !Array.isArray(value['connections'])) return undefined;
    return value as unknown as Clipboard;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
