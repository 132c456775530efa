import { describe, expect, it } from 'vitest';
import { compareVersions, isUnchanged } from './compare';
import { activity, connection, workflow } from './testing/builders';

describe('comparing two versions', () => {
  const v1 = workflow(
    [activity('start', 'Start'), activity('page', 'SendSms', { inputs: { to: { type: 'Literal', value: 'role:crisis' } } }), activity('old', 'Log')],
    [connection('start', 'Done', 'page'), connection('page', 'Done', 'old')],
  );

  it('lists activities added, removed and changed with the fields that changed', () => {
    const v2 = workflow(
      [activity('start', 'Start'), activity('page', 'SendSms', { name: 'Page the team', inputs: { to: { type: 'Literal', value: 'role:it' } } }), activity('wait', 'Delay')],
      [connection('start', 'Done', 'page'), connection('page', 'Done', 'wait')],
    );
    const c = compareVersions(v1, v2);
    expect(c.added.map((a) => a.id)).toEqual(['wait']);
    expect(c.removed.map((a) => a.id)).toEqual(['old']);
    expect(c.changed).toEqual([{ id: 'page', name: 'Page the team', fields: ['name', 'inputs.to'] }]);
    expect(c.connectionsAdded).toEqual([connection('page', 'Done', 'wait')]);
    expect(c.connectionsRemoved).toEqual([connection('page', 'Done', 'old')]);
  });

  it('counts a move apart and key order not at all', () => {
    const moved = structuredClone(v1);
    moved.root.activities[0]!.designer = { x: 300, y: 40 };
    const page = moved.root.activities[1]!;
    page.inputs = { to: { value: 'role:crisis', type: 'Literal' } };
    const c = compareVersions(v1, moved);
    expect(c.moved).toEqual(['start']);
    expect(isUnchanged(c)).toBe(true);
  });

  it('names the workflow settings that changed', () => {
    const renamed = { ...v1, name: 'Other', triggers: [{ type: 'Event' as const, eventName: 'x' }] };
    expect(compareVersions(v1, renamed).settings).toEqual(['name', 'triggers']);
  });
});
