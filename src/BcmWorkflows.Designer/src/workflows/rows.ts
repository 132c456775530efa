import type { DefinitionSummary } from '../api/types';

/** Running instances: executing now (`Running`) plus waiting on bookmarks (`Suspended`); `undefined` while unknown. */
export interface InstanceCounts {
  running: number;
  suspended: number;
}

export interface WorkflowRow {
  definitionId: string;
  name: string;
  description: string;
  latestVersion: number;
  /** "v3" or "not published" */
  published: string;
  /** The latest version is a draft ahead of the published one (or nothing is published). */
  hasDraft: boolean;
  /** `undefined` while loading or when the count failed. */
  runningInstances: number | undefined;
  updatedAt: Date | undefined;
  updatedBy: string;
}

export function toWorkflowRow(summary: DefinitionSummary, counts: InstanceCounts | undefined): WorkflowRow {
  const updatedAt = new Date(summary.updatedAt);
  return {
    definitionId: summary.definitionId,
    name: summary.name || summary.definitionId,
    description: summary.description ?? '',
    latestVersion: summary.latestVersion,
    published: summary.publishedVersion == null ? 'not published' : `v${summary.publishedVersion}`,
    hasDraft: summary.publishedVersion == null || summary.publishedVersion < summary.latestVersion,
    runningInstances: counts ? counts.running + counts.suspended : undefined,
    updatedAt: Number.isNaN(updatedAt.getTime()) ? undefined : updatedAt,
    updatedBy: summary.updatedBy || 'unknown',
  };
}

/** One row per definition, by name (then id), so the list does not jump around when counts arrive. */
export function toWorkflowRows(summaries: readonly DefinitionSummary[], counts: ReadonlyMap<string, InstanceCounts>): WorkflowRow[] {
  return summaries
    .map((s) => toWorkflowRow(s, counts.get(s.definitionId)))
    .sort((a, b) => a.name.localeCompare(b.name) || a.definitionId.localeCompare(b.definitionId));
}

/** The server's rule for definition ids (DefinitionValidator.IdPattern), checked before anything is sent. */
export function definitionIdProblem(id: string, existing: readonly string[]): string | undefined {
  if (id === '') return 'Enter an id.';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) return "Use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. site-evacuation).";
  if (existing.includes(id)) return `A workflow with the id '${id}' already exists.`;
  return undefined;
}
