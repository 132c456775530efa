import { describe, expect, it } from 'vitest';
import { activityFieldErrors, settingsFieldErrors, shortPath } from './fieldErrors';

describe('server problems by field', () => {
  it('puts an activity problem under its input, its id, or at the top', () => {
    const { byField, general } = activityFieldErrors([
      { path: '$.root.activities[3].inputs.to', message: 'Required.' },
      { path: '$.root.activities[3].inputs.cases[1].condition', message: 'Does not parse.' },
      { path: '$.root.activities[3].id', message: 'Used twice.' },
      { path: '$.root.activities[3]', message: 'Not reachable.' },
    ]);
    expect(byField.get('input:to')).toEqual(['Required.']);
    expect(byField.get('input:cases')).toEqual(['Does not parse.']);
    expect(byField.get('id')).toEqual(['Used twice.']);
    expect(general.map((g) => g.message)).toEqual(['Not reachable.']);
  });

  it('puts a settings problem under the list item field it names', () => {
    const { byField, general } = settingsFieldErrors([
      { path: '$.name', message: 'A name is required.' },
      { path: '$.inputs[0].name', message: 'Declared twice.' },
      { path: '$.triggers[1].expression', message: 'Not a cron expression.' },
      { path: '$.variables', message: 'Must be a list.' },
    ]);
    expect(byField.get('name')).toEqual(['A name is required.']);
    expect(byField.get('inputs[0].name')).toEqual(['Declared twice.']);
    expect(byField.get('triggers[1].expression')).toEqual(['Not a cron expression.']);
    expect(general.map((g) => g.path)).toEqual(['$.variables']);
  });

  it('shortens paths shown at the top', () => {
    expect(shortPath('$.root.activities[3].inputs.cases[1]')).toBe('inputs.cases[1]');
    expect(shortPath('$.variables')).toBe('variables');
  });
});
