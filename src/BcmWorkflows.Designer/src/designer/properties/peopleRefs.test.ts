import { describe, expect, it } from 'vitest';
import { addMember, describeMemberRef, formatMemberRef, parseMemberRef } from './peopleRefs';

const names = { people: new Map([['p-1', 'Ada Lovelace']]), roles: new Map([['crisis-team', 'Crisis team']]), orgUnits: new Map([['it', 'IT']]) };

describe('member references', () => {
  it('reads prefixed references, bare person ids, numbers and addresses', () => {
    expect(parseMemberRef('role:crisis-team')).toEqual({ kind: 'role', id: 'crisis-team' });
    expect(parseMemberRef('orgunit:it')).toEqual({ kind: 'orgunit', id: 'it' });
    expect(parseMemberRef('person:p-1')).toEqual({ kind: 'person', id: 'p-1' });
    expect(parseMemberRef('p-1')).toEqual({ kind: 'person', id: 'p-1' });
    expect(parseMemberRef('+49 151 12345678')).toEqual({ kind: 'phone', text: '+49 151 12345678' });
    expect(parseMemberRef('ada@example.com')).toEqual({ kind: 'email', text: 'ada@example.com' });
  });

  it('writes a bare id for one person and the prefixed form in lists', () => {
    expect(formatMemberRef({ kind: 'person', id: 'p-1' }, 'bare')).toBe('p-1');
    expect(formatMemberRef({ kind: 'person', id: 'p-1' })).toBe('person:p-1');
    expect(formatMemberRef({ kind: 'role', id: 'crisis-team' }, 'bare')).toBe('role:crisis-team');
  });

  it('describes a reference with the name behind it', () => {
    expect(describeMemberRef('role:crisis-team', names)).toBe('BCM role: Crisis team (crisis-team)');
    expect(describeMemberRef('p-1', names)).toBe('Person: Ada Lovelace (p-1)');
    expect(describeMemberRef('orgunit:gone', names)).toBe('Org unit: gone');
  });

  it('does not add the same member twice', () => {
    expect(addMember(['p-1'], 'person:p-1')).toEqual(['p-1']);
    expect(addMember(['p-1'], 'role:crisis-team')).toEqual(['p-1', 'role:crisis-team']);
  });
});
