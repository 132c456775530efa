import { ApiError } from '../api/http';
import { problemMessages, type PathMessage } from '../api/problem';
import type { SaveResult } from '../api/types';
import { withoutServerFields, type WorkflowDefinition } from '../model/definition';

/** A file read for import: the definition to PUT, or the problems found before sending anything. */
export type ParsedImport = { ok: true; definition: WorkflowDefinition } | { ok: false; problems: PathMessage[] };

/** Checks only what is needed to know where to PUT; everything else is the server's validation. */
export function parseImport(text: string): ParsedImport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: '$', message: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: '$', message: 'A workflow definition is a JSON object.' }] };
  const id = (value as { definitionId?: unknown }).definitionId;
  if (typeof id !== 'string' || id.trim() === '')
    return { ok: false, problems: [{ path: '$.definitionId', message: 'A definition id is required.' }] };
  return { ok: true, definition: withoutServerFields(value as WorkflowDefinition) };
}

export type ImportOutcome =
  | { ok: true; result: SaveResult }
  | { ok: false; title: string; problems: PathMessage[] };

/** PUTs the definition; a 400 becomes every problem by path (the server saved nothing). */
export async function importDefinition(definition: WorkflowDefinition, save: (d: WorkflowDefinition) => Promise<SaveResult>): Promise<ImportOutcome> {
  try {
    return { ok: true, result: await save(definition) };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status === 401) throw e;
    const problems = problemMessages(e.problem);
    const detail = e.problem?.detail;
    return {
      ok: false,
      title: e.status === 400 ? 'The file is not a valid workflow definition; nothing was saved.' : e.message,
      problems: problems.length > 0 || !detail || e.status === 400 ? problems : [{ path: '$', message: detail }],
    };
  }
}

/** The export file: the definition without server-owned fields, pretty-printed like workflows/*.json. */
export function exportJson(definition: WorkflowDefinition): string {
  return `${JSON.stringify(withoutServerFields(definition), null, 2)}\n`;
}

export function exportFileName(definitionId: string): string {
  return `${definitionId.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}

/** A new, empty workflow: version 1 once saved. */
export function newDefinition(definitionId: string, name: string): WorkflowDefinition {
  return { definitionId, name: name.trim() || definitionId, root: { type: 'Flowchart', activities: [], connections: [] } };
}
