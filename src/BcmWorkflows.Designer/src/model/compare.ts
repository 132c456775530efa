import type { ActivityDefinition, ConnectionDefinition, WorkflowDefinition } from './definition';
import { sameConnection } from './commands';

/** What changed in one activity between two versions: the fields (`name`, `type`, `inputs.to`, …) that differ. */
export interface ChangedActivity {
  id: string;
  name: string;
  fields: string[];
}

export interface VersionComparison {
  added: ActivityDefinition[];
  removed: ActivityDefinition[];
  changed: ChangedActivity[];
  /** Activities that only moved on the canvas: listed apart, they change nothing at run time. */
  moved: string[];
  connectionsAdded: ConnectionDefinition[];
  connectionsRemoved: ConnectionDefinition[];
  /** Workflow settings that differ: `name`, `description`, `inputs`, `variables`, `triggers`. */
  settings: string[];
}

const settingKeys = ['name', 'description', 'inputs', 'variables', 'triggers'] as const;

/** Compares an older version `from` with a newer `to`, activity by activity (matched by id). */
export function compareVersions(from: WorkflowDefinition, to: WorkflowDefinition): VersionComparison {
  const before = new Map(from.root.activities.map((a) => [a.id, a]));
  const after = new Map(to.root.activities.map((a) => [a.id, a]));
  const changed: ChangedActivity[] = [];
  const moved: string[] = [];
  for (const [id, next] of after) {
    const prev = before.get(id);
    if (!prev) continue;
    const fields = activityFields(prev, next);
    if (fields.length > 0) changed.push({ id, name: next.name ?? id, fields });
    else if (prev.designer?.x !== next.designer?.x || prev.designer?.y !== next.designer?.y) moved.push(id);
  }
  return {
    added: to.root.activities.filter((a) => !before.has(a.id)),
    removed: from.root.activities.filter((a) => !after.has(a.id)),
    changed,
    moved,
    connectionsAdded: to.root.connections.filter((c) => !from.root.connections.some((d) => sameConnection(c, d))),
    connectionsRemoved: from.root.connections.filter((c) => !to.root.connections.some((d) => sameConnection(c, d))),
    settings: settingKeys.filter((k) => canonical(from[k]) !== canonical(to[k])),
  };
}

export function isUnchanged(c: VersionComparison): boolean {
  return c.added.length + c.removed.length + c.changed.length + c.connectionsAdded.length + c.connectionsRemoved.length + c.settings.length === 0;
}

function activityFields(prev: ActivityDefinition, next: ActivityDefinition): string[] {
  const fields: string[] = [];
  for (const key of ['type', 'name', 'description'] as const) if ((prev[key] ?? '') !== (next[key] ?? '')) fields.push(key);
  const inputs = new Set([...Object.keys(prev.inputs ?? {}), ...Object.keys(next.inputs ?? {})]);
  for (const input of [...inputs].sort()) {
    if (canonical(prev.inputs?.[input]) !== canonical(next.inputs?.[input])) fields.push(`inputs.${input}`);
  }
  return fields;
}

/** JSON with sorted keys, so that key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
