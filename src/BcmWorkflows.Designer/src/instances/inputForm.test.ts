import { describe, expect, it } from 'vitest';
import type { WorkflowInputDefinition } from '../model/definition';
import { fieldErrors, initialValues, inputFields, toInput } from './inputForm';

const inputs: WorkflowInputDefinition[] = [
  { name: 'incidentId', type: 'String', required: true, description: 'The incident' },
  { name: 'level', type: 'Number', default: 1 },
  { name: 'drill', type: 'Boolean', default: false },
  { name: 'site', type: 'Object', default: { name: 'HQ' } },
  { name: 'teams', type: 'Array' },
  { name: 'extra', type: 'Any' },
];
const fields = inputFields(inputs);

describe('run input form', () => {
  it('chooses an editor per declared type and keeps required and description', () => {
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['incidentId', 'String', true], ['level', 'Number', false], ['drill', 'Boolean', false],
      ['site', 'Json', false], ['teams', 'Json', false], ['extra', 'Json', false],
    ]);
    expect(fields[0]!.description).toBe('The incident');
  });

  it('prefills defaults as text and leaves the rest blank', () => {
    expect(initialValues(inputs)).toEqual({ incidentId: '', level: '1', drill: 'false', site: '{\n  "name": "HQ"\n}', teams: '', extra: '' });
  });

  it('turns the form into typed JSON and leaves blank fields out', () => {
    const values = { ...initialValues(inputs), incidentId: 'INC-7', level: ' 3 ', teams: '["ops", "it"]', extra: '"free"' };
    expect(toInput(fields, values)).toEqual({
      ok: true, input: { incidentId: 'INC-7', level: 3, drill: false, site: { name: 'HQ' }, teams: ['ops', 'it'], extra: 'free' },
    });
    expect(toInput(fields, {})).toEqual({ ok: true, input: {} });
  });

  it('keeps spaces inside a string as typed', () => {
    expect(toInput(inputFields([{ name: 's', type: 'String' }]), { s: ' a b ' })).toEqual({ ok: true, input: { s: ' a b ' } });
  });

  it('reports a bad number, bad JSON and the wrong JSON shape on their fields', () => {
    const result = toInput(fields, { level: 'three', site: '{"name": ', teams: '{"a": 1}', extra: '[1,2]' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['level', 'site', 'teams']);
    expect(result.errors['level']).toMatch(/not a number/);
    expect(result.errors['site']).toMatch(/^Not valid JSON/);
    expect(result.errors['teams']).toMatch(/JSON array/);
  });

  it('puts server problems on their fields and lists the others with their paths', () => {
    const split = fieldErrors({ 'input.incidentId': ['The input \'incidentId\' is required.'], '$.input.level': ['Must be Number.'], '$.version': ['Too low.'], 'input.unknown': ['x'] }, fields);
    expect(split.byField).toEqual({ incidentId: "The input 'incidentId' is required.", level: 'Must be Number.' });
    expect(split.other).toEqual([{ path: '$.version', message: 'Too low.' }, { path: 'input.unknown', message: 'x' }]);
  });
});
