import type { WorkflowDefinition } from '../model/definition';

/**
 * The designer's unsaved definition, kept in sessionStorage so that a sign-in in between (expired session, reload)
 * does not lose edits. One per definition id; cleared when the edits are saved or discarded.
 */
const prefix = 'bcm.workingCopy.';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { readonly length: number; key(index: number): string | null };

const ownerKey = 'bcm.workingCopyOwner';

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

/** Drops every working copy in this tab (signing out: the next person at this browser must not find them). */
export function clearAllWorkingCopies(storage = defaultStorage()): void {
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  storage.removeItem(ownerKey);
}

/**
 * The working copies belong to the user who made them: when someone else signs in in this tab (after an expired
 * session), theirs are dropped instead of being restored into another person's designer.
 */
export function claimWorkingCopies(userId: string, storage = defaultStorage()): void {
  if (!storage) return;
  const owner = storage.getItem(ownerKey);
  if (owner !== null && owner !== userId) clearAllWorkingCopies(storage);
  try {
    storage.setItem(ownerKey, userId);
  } catch {
    // Full or disabled storage: nothing is kept anyway.
  }
}
