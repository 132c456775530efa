import { describe, expect, it } from 'vitest';
import type { Person } from './peopleApi';
import { emptyPersonForm, toggleChannel, filtersFromQuery, formFromPerson, importProblems, orgUnitName, queryFromFilters, rangeText, requestFromForm, rolesByPerson } from './peopleFilters';

describe('people filters in the URL', () => {
  it('reads search, org unit and page from the query', () => {
    expect(filtersFromQuery('?search=%20ada%20&orgUnit=it&page=3')).toEqual({ search: 'ada', orgUnit: 'it', page: 3 });
  });

  it('falls back to page 1 for a missing or nonsense page', () => {
    expect(filtersFromQuery('?page=0').page).toBe(1);
    expect(filtersFromQuery('?page=x').page).toBe(1);
    expect(filtersFromQuery('').page).toBe(1);
  });

  it('writes only what is set and leaves page 1 out', () => {
    expect(queryFromFilters({ search: 'ada', orgUnit: '', page: 1 })).toBe('?search=ada');
    expect(queryFromFilters({ search: '', orgUnit: 'it', page: 2 })).toBe('?orgUnit=it&page=2');
    expect(queryFromFilters({ search: '', orgUnit: '', page: 1 })).toBe('');
  });

  it('round-trips filters through the query', () => {
    const filters = { search: 'a b', orgUnit: 'ops', page: 4 };
    expect(filtersFromQuery(queryFromFilters(filters))).toEqual(filters);
  });

  it('says which people are shown, or that none match', () => {
    expect(rangeText({ search: '', orgUnit: '', page: 2 }, 50, 130)).toBe('People 51–100 of 130');
    expect(rangeText({ search: 'zz', orgUnit: '', page: 1 }, 0, 0)).toBe('No people match.');
    expect(rangeText({ search: '', orgUnit: '', page: 1 }, 0, 0)).toBe('There are no people yet.');
    expect(rangeText({ search: '', orgUnit: '', page: 9 }, 0, 10)).toBe('Page 9 is past the end of the 10 people.');
  });
});

describe('people rows', () => {
  it('lists the BCM roles each person holds once, by role name', () => {
    const held = rolesByPerson([
      { id: 'r2', name: 'Site lead', holders: [{ personId: 'p1', name: null, orgUnitId: 'a', rank: 1 }, { personId: 'p1', name: null, orgUnitId: 'b', rank: 1 }] },
      { id: 'r1', name: 'Crisis manager', holders: [{ personId: 'p1', name: null, orgUnitId: null, rank: 1 }, { personId: 'p2', name: null, orgUnitId: null, rank: 2 }] },
    ]);
    expect(held.get('p1')).toEqual(['Crisis manager', 'Site lead']);
    expect(held.get('p2')).toEqual(['Crisis manager']);
    expect(held.get('p3')).toBeUndefined();
  });

  it('shows an org unit by its name when known, else its id', () => {
    const units = [{ id: 'it', name: 'IT operations', parentId: null }];
    expect(orgUnitName('it', units)).toBe('IT operations');
    expect(orgUnitName('hr', units)).toBe('hr');
    expect(orgUnitName(null, units)).toBe('—');
  });
});

describe('person form', () => {
  const person: Person = {
    id: 'p1', name: 'Ada', email: 'ada@example.org', phone: '+4915112345678', language: 'de', channels: ['Email', 'Sms'],
    optOut: { sms: true, email: false, smsSince: '2026-01-01T00:00:00Z', emailSince: null }, orgUnit: 'it', userId: null,
    revision: 4, createdAt: '', updatedAt: '',
  };

  it('fills the form from a person and gives back the same request with the revision read', () => {
    const request = requestFromForm(formFromPerson(person), person.revision);
    expect(request).toEqual({
      name: 'Ada', email: 'ada@example.org', phone: '+4915112345678', language: 'de', channels: ['Email', 'Sms'],
      optOut: { sms: true, email: false }, orgUnit: 'it', userId: null, revision: 4,
    });
  });

  it('sends empty fields as null and no revision when creating', () => {
    const request = requestFromForm({ ...emptyPersonForm, name: '  Bob ' });
    expect(request).toMatchObject({ name: 'Bob', email: null, phone: null, language: null, orgUnit: null, channels: ['Sms', 'Email'] });
    expect('revision' in request).toBe(false);
  });
});

describe('channel preference', () => {
  it('keeps the order of the channels and adds a ticked one last', () => {
    expect(toggleChannel(['Email', 'Sms'], 'Sms', false)).toEqual(['Email']);
    expect(toggleChannel(['Email'], 'Sms', true)).toEqual(['Email', 'Sms']);
    expect(toggleChannel(['Email', 'Sms'], 'Email', true)).toEqual(['Email', 'Sms']);
  });
});

describe('import problems', () => {
  it('groups the problems by spreadsheet row, whole-file problems first', () => {
    const groups = importProblems([
      { path: 'row 3: phone', message: 'Not a phone number.' },
      { path: 'row 10', message: 'Too many cells.' },
      { path: 'row 3: email', message: 'Not an email address.' },
      { path: 'file', message: 'The file is not UTF-8 text.' },
    ]);
    expect(groups.map((g) => g.row)).toEqual([undefined, 3, 10]);
    expect(groups[1]!.messages).toEqual([{ column: 'phone', message: 'Not a phone number.' }, { column: 'email', message: 'Not an email address.' }]);
    expect(groups[0]!.messages[0]!.column).toBe('file');
    expect(groups[2]!.messages[0]!.column).toBeUndefined();
  });
});
