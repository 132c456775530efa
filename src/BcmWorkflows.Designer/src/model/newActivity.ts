import type { ActivityDescriptor } from './activityTypes';
import type { ActivityDefinition, WorkflowDefinition } from './definition';
import type { Position } from './commands';

/** `SendEmail` → `sendEmail1`, the first number not taken; ids stay readable in journals and problem paths. */
export function newActivityId(type: string, taken: ReadonlySet<string>): string {
  const stem = type.replace(/[^A-Za-z0-9]/g, '');
  const base = stem.length > 0 ? stem[0]!.toLowerCase() + stem.slice(1) : 'activity';
  for (let n = 1; ; n++) {
    const id = `${base}${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A new activity of a palette type at a canvas position: named after the type, inputs left for the panel. */
export function newActivity(descriptor: ActivityDescriptor, definition: WorkflowDefinition, at: Position): ActivityDefinition {
  const taken = new Set(definition.root.activities.map((a) => a.id));
  return {
    id: newActivityId(descriptor.type, taken),
    type: descriptor.type,
    name: descriptor.displayName,
    inputs: {},
    designer: { x: Math.round(at.x), y: Math.round(at.y) },
  };
}
