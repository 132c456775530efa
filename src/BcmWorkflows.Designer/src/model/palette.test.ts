import { describe, expect, it } from 'vitest';
import { newActivity, newActivityId } from './newActivity';
import { paletteGroups } from './palette';
import { testDescriptors as shippedDescriptors } from './testing/descriptors';
import { activity, workflow } from './testing/builders';

describe('the palette', () => {
  it('groups every type by category, categories and items in alphabetical order', () => {
    const groups = paletteGroups(shippedDescriptors);
    expect(groups.flatMap((g) => g.items)).toHaveLength(shippedDescriptors.length);
    const categories = groups.map((g) => g.category);
    expect(categories).toEqual([...categories].sort((a, b) => a.localeCompare(b)));
  });

  it('finds types by every word of the search in name, type or description', () => {
    const found = paletteGroups(shippedDescriptors, 'sendsms').flatMap((g) => g.items.map((i) => i.type));
    expect(found).toContain('SendSms');
    expect(found).not.toContain('Delay');
    expect(paletteGroups(shippedDescriptors, 'no such thing at all')).toEqual([]);
  });
});

describe('a new activity from the palette', () => {
  it('gets a readable id not taken yet, the display name and the drop position', () => {
    const def = workflow([activity('sendSms1', 'SendSms')]);
    const sms = shippedDescriptors.find((d) => d.type === 'SendSms')!;
    const added = newActivity(sms, def, { x: 10.4, y: 20.6 });
    expect(added).toMatchObject({ id: 'sendSms2', type: 'SendSms', name: sms.displayName, designer: { x: 10, y: 21 } });
  });

  it('makes an id from any type name', () => {
    expect(newActivityId('Bcm.UserTask', new Set())).toBe('bcmUserTask1');
    expect(newActivityId('***', new Set(['activity1']))).toBe('activity2');
  });
});
