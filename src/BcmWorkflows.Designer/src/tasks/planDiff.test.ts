import { describe, expect, it } from 'vitest';
import { diffRows, planDiffView, sectionTitle, wordDiff, type ServerSectionDiff } from './planDiff';

const same = (text: string) => ({ type: 'Unchanged' as const, text });
const del = (text: string) => ({ type: 'Deleted' as const, text });
const ins = (text: string) => ({ type: 'Inserted' as const, text });

describe('plan revision diff', () => {
  it('names sections for a reader', () => {
    expect(sectionTitle('recoverySteps')).toBe('Recovery steps');
    expect(sectionTitle('scope')).toBe('Scope');
  });

  it('marks only the words that changed inside a changed line', () => {
    const { removed, added } = wordDiff('Restore payroll — PT4H', 'Restore payroll — PT2H');
    expect(removed).toEqual([{ text: 'Restore payroll — ', changed: false }, { text: 'PT4H', changed: true }]);
    expect(added).toEqual([{ text: 'Restore payroll — ', changed: false }, { text: 'PT2H', changed: true }]);
  });

  it('pairs a deleted line with the inserted line after it and keeps extra lines whole', () => {
    const rows = diffRows([same('a'), del('old one'), ins('new one'), ins('brand new')]);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'removed', 'added', 'added']);
    expect(rows[3]).toEqual({ kind: 'added', segments: [{ text: 'brand new', changed: true }] });
  });

  it('folds a long unchanged stretch around a change, keeping two lines of context', () => {
    const lines = [...['1', '2', '3', '4', '5', '6'].map(same), del('x'), ins('y'), ...['7', '8', '9', '10', '11'].map(same)];
    const kinds = diffRows(lines).map((r) => (r.kind === 'folded' ? `folded ${r.count}` : r.kind));
    expect(kinds).toEqual(['folded 4', 'same', 'same', 'removed', 'added', 'same', 'same', 'folded 3']);
  });

  it('lists changed sections with their rows and only names the unchanged ones', () => {
    const sections: ServerSectionDiff[] = [
      { section: 'scope', status: 'Unchanged', lines: [same('All sites')] },
      { section: 'contacts', status: 'Added', lines: [ins('Ana — Lead'), ins('Bo — Deputy'), ins('Cy'), ins('Di'), ins('Ed'), ins('Fay')] },
      { section: 'recoverySteps', status: 'Removed', lines: [del('Step 1')] },
    ];
    const view = planDiffView(sections);
    expect(view.unchanged).toEqual(['Scope']);
    expect(view.changed.map((s) => [s.title, s.status, s.rows.length])).toEqual([['Contacts', 'Added', 6], ['Recovery steps', 'Removed', 1]]);
  });
});
