import { describe, expect, it } from 'vitest';
import { claimWorkingCopies, clearAllWorkingCopies, clearWorkingCopy, loadWorkingCopy, saveWorkingCopy, type StorageLike } from './workingCopy';

function memory(): StorageLike & { store: Map<string, string> } {
  const store = new Map<string, string>();
  return {
    store,
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => void store.set(k, v),
    removeItem: (k) => void store.delete(k),
    get length() { return store.size; },
    key: (i) => [...store.keys()][i] ?? null,
  };
}

const def = (id: string, name = 'A') => ({ definitionId: id, name, root: { type: 'Flowchart' as const, activities: [], connections: [] } });

describe('working copy', () => {
  it('saves, loads and clears per definition', () => {
    const storage = memory();
    saveWorkingCopy(def('a', 'edited'), storage);
    saveWorkingCopy(def('b'), storage);
    expect(loadWorkingCopy('a', storage)?.name).toBe('edited');
    clearWorkingCopy('a', storage);
    expect(loadWorkingCopy('a', storage)).toBeUndefined();
    expect(loadWorkingCopy('b', storage)).toBeDefined();
  });

  it('ignores broken or foreign entries and a full storage', () => {
    const storage = memory();
    storage.setItem('bcm.workingCopy.a', '{not json');
    storage.setItem('bcm.workingCopy.b', JSON.stringify(def('other')));
    expect(loadWorkingCopy('a', storage)).toBeUndefined();
    expect(loadWorkingCopy('b', storage)).toBeUndefined();
    const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveWorkingCopy(def('a'), full)).not.toThrow();
  });

  it('keeps the copies for the same user and drops them when someone else signs in or on sign-out', () => {
    const storage = memory();
    claimWorkingCopies('ann', storage);
    saveWorkingCopy(def('a', 'ann edits'), storage);
    storage.setItem('unrelated', 'x');
    claimWorkingCopies('ann', storage);
    expect(loadWorkingCopy('a', storage)?.name).toBe('ann edits');
    claimWorkingCopies('bob', storage);
    expect(loadWorkingCopy('a', storage)).toBeUndefined();
    saveWorkingCopy(def('b'), storage);
    clearAllWorkingCopies(storage);
    expect(loadWorkingCopy('b', storage)).toBeUndefined();
    expect(storage.getItem('unrelated')).toBe('x');
  });
});
