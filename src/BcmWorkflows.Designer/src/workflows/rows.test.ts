import { describe, expect, it } from 'vitest';
import type { DefinitionSummary } from '../api/types';
import { definitionIdProblem, toWorkflowRow, toWorkflowRows } from './rows';

const summary = (over: Partial<DefinitionSummary> = {}): DefinitionSummary => ({
  definitionId: 'incident-escalation', name: 'Incident escalation', description: 'Page responders.',
  latestVersion: 3, publishedVersion: 2, updatedAt: '2025-11-20T10:15:00Z', updatedBy: 'coord@example.com', ...over,
});

describe('workflow rows', () => {
  it('maps a definition with a draft ahead of the published version', () => {
    expect(toWorkflowRow(summary(), { running: 2, suspended: 5 })).toEqual({
      definitionId: 'incident-escalation', name: 'Incident escalation', description: 'Page responders.',
      latestVersion: 3, published: 'v2', hasDraft: true, runningInstances: 7,
      updatedAt: new Date('2025-11-20T10:15:00Z'), updatedBy: 'coord@example.com',
    });
  });

  it('shows what is missing instead of inventing it', () => {
    const row = toWorkflowRow(summary({ publishedVersion: null, name: '', description: null, updatedBy: null, updatedAt: 'x' }), undefined);
    expect(row).toMatchObject({ name: 'incident-escalation', description: '', published: 'not published', hasDraft: true, runningInstances: undefined, updatedAt: undefined, updatedBy: 'unknown' });
    expect(toWorkflowRow(summary({ latestVersion: 2, publishedVersion: 2 }), { running: 0, suspended: 0 })).toMatchObject({ hasDraft: false, runningInstances: 0 });
  });

  it('orders by name, then id, and attaches each count to its definition', () => {
    const rows = toWorkflowRows(
      [summary({ definitionId: 'b', name: 'Plan review' }), summary({ definitionId: 'c', name: 'Call tree' }), summary({ definitionId: 'a', name: 'Plan review' })],
      new Map([['a', { running: 1, suspended: 0 }], ['c', { running: 0, suspended: 4 }]]),
    );
    expect(rows.map((r) => [r.definitionId, r.runningInstances])).toEqual([['c', 4], ['a', 1], ['b', undefined]]);
  });

  it('checks a new id like the server does', () => {
    expect(definitionIdProblem('', [])).toBe('Enter an id.');
    expect(definitionIdProblem('site-evacuation', [])).toBeUndefined();
    expect(definitionIdProblem('Site_2.v1', [])).toBeUndefined();
    expect(definitionIdProblem('-x', [])).toMatch(/letters/);
    expect(definitionIdProblem('a b', [])).toMatch(/letters/);
    expect(definitionIdProblem('x'.repeat(101), [])).toMatch(/letters/);
    expect(definitionIdProblem('a', ['a'])).toMatch(/already exists/);
  });
});
