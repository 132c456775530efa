import type { WorkflowDefinition } from '../model/definition';

/**
 * The designer's unsaved definition, kept in sessionStorage so that a sign-in in between (expired session, reload)
 * does not lose edits. One per definition id; cleared when the edits are saved or discarded.
 */
const prefix = 'bcm.workingCopy.';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const defaultStorage = (): StorageLike | undefined => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);

export function saveWorkingCopy(definition: WorkflowDefinition, storage = defaultStorage()): void {
  try {
    storage?.setItem(prefix + definition.definitionId, JSON.stringify(definition));
  } catch {
    // Full or disabled storage: the edits stay on screen, only the safety net is missing.
  }
}

export function loadWorkingCopy(definitionId: string, storage = defaultStorage()): WorkflowDefinition | undefined {
  const json = storage?.getItem(prefix + definitionId);
  if (!json) return undefined;
  try {
    const parsed = JSON.parse(json) as WorkflowDefinition;
    return parsed.definitionId === definitionId ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function clearWorkingCopy(definitionId: string, storage = defaultStorage()): void {
  storage?.removeItem(prefix + definitionId);
}
