import type { PathMessage } from '../api/problem';
import type { WorkflowDefinition } from './definition';

/**
 * Where the server's validation problems belong. Paths name activities and connections by index
 * (`$.root.activities[3].inputs.to`), so they are resolved against the definition that was sent: after that,
 * edits may move indexes, but ids stay, so everything here is keyed by activity id.
 */
export interface LocatedProblem extends PathMessage {
  severity: 'error' | 'warning';
  /** The activity it is about (for a connection: the activity it starts from). */
  activityId?: string;
  /** The input or property of that activity (`inputs.to` → `to`, `name` → `name`), when the path names one. */
  field?: string;
}

const activityPath = /^\$\.root\.activities\[(\d+)\](?:\.(.+))?$/;
const connectionPath = /^\$\.root\.connections\[(\d+)\](?:\.(.+))?$/;

export function locateProblems(sent: WorkflowDefinition, errors: readonly PathMessage[], warnings: readonly PathMessage[] = []): LocatedProblem[] {
  return [
    ...errors.map((p) => locate(sent, p, 'error' as const)),
    ...warnings.map((p) => locate(sent, p, 'warning' as const)),
  ];
}

function locate(sent: WorkflowDefinition, problem: PathMessage, severity: 'error' | 'warning'): LocatedProblem {
  const activity = activityPath.exec(problem.path);
  if (activity) {
    const id = sent.root.activities[Number(activity[1])]?.id;
    const rest = activity[2];
    const field = rest?.startsWith('inputs.') ? rest.slice('inputs.'.length).split('.')[0] : rest?.split(/[.[]/)[0];
    return { ...problem, severity, ...(id !== undefined ? { activityId: id } : {}), ...(field ? { field } : {}) };
  }
  const connection = connectionPath.exec(problem.path);
  if (connection) {
    const id = sent.root.connections[Number(connection[1])]?.source.activity;
    return { ...problem, severity, ...(id !== undefined ? { activityId: id } : {}) };
  }
  return { ...problem, severity };
}

/** Problems per activity id, for badges on nodes and messages in the property panel. */
export function problemsByActivity(problems: readonly LocatedProblem[]): ReadonlyMap<string, LocatedProblem[]> {
  const map = new Map<string, LocatedProblem[]>();
  for (const p of problems) {
    if (p.activityId === undefined) continue;
    map.set(p.activityId, [...(map.get(p.activityId) ?? []), p]);
  }
  return map;
}

/** Problems about the workflow itself (settings: name, inputs, variables, triggers) rather than one activity. */
export function workflowProblems(problems: readonly LocatedProblem[]): LocatedProblem[] {
  return problems.filter((p) => p.activityId === undefined);
}

/** `{ "$.x": ["a", "b"] }` (a problem's `errors` or a save's `warnings`) → one message per line. */
export function pathMessages(map: Record<string, string[]> | null | undefined): PathMessage[] {
  return Object.entries(map ?? {}).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
}
