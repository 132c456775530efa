import { describe, expect, it } from 'vitest';
import type { InputDescriptor } from '../../model/activityTypes';
import { defaultMode, editorFor, offeredModes } from './editorKind';

const input = (over: Partial<InputDescriptor>): InputDescriptor =>
  ({ name: 'x', type: 'String', required: false, description: '', uiHint: null, options: null, ...over });

describe('which editor an input gets', () => {
  it('follows every uiHint the server uses', () => {
    const cases: [Partial<InputDescriptor>, string][] = [
      [{ uiHint: 'TemplateText' }, 'templateText'], [{ uiHint: 'Duration', type: 'Duration' }, 'duration'],
      [{ uiHint: 'Durations', type: 'Array' }, 'durations'], [{ uiHint: 'Cases', type: 'Array' }, 'cases'],
      [{ uiHint: 'Outcomes', type: 'Array' }, 'outcomes'], [{ uiHint: 'Channels', type: 'Array' }, 'channels'],
      [{ uiHint: 'Person' }, 'person'], [{ uiHint: 'People', type: 'Array' }, 'people'], [{ uiHint: 'Members', type: 'Array' }, 'people'],
      [{ uiHint: 'BcmRole' }, 'bcmRole'], [{ uiHint: 'Workflow' }, 'workflow'], [{ uiHint: 'Activity' }, 'activity'],
      [{ uiHint: 'Variable' }, 'variable'], [{ uiHint: 'AckMode' }, 'ackMode'], [{ uiHint: 'DateTime' }, 'dateTime'],
      [{ uiHint: 'Subject' }, 'text'], [{ uiHint: 'Expression', type: 'Boolean' }, 'boolean'], [{ uiHint: 'Expression', type: 'Any' }, 'json'],
    ];
    for (const [over, kind] of cases) expect(editorFor(input(over)), JSON.stringify(over)).toBe(kind);
  });

  it('tells a template key from text that is a template', () => {
    expect(editorFor(input({ name: 'template', uiHint: 'Template' }))).toBe('template');
    expect(editorFor(input({ name: 'message', uiHint: 'Template' }))).toBe('templateText');
  });

  it('gives the call tree input a call tree picker although it is hinted as an expression', () => {
    expect(editorFor(input({ name: 'callTreeId', uiHint: 'Expression' }))).toBe('callTree');
  });

  it('uses options, then the type, and JSON for anything unknown', () => {
    expect(editorFor(input({ options: ['Note', 'Decision'] }))).toBe('select');
    expect(editorFor(input({ type: 'Number' }))).toBe('number');
    expect(editorFor(input({ type: 'Boolean' }))).toBe('boolean');
    expect(editorFor(input({ type: 'Duration' }))).toBe('duration');
    expect(editorFor(input({ type: 'Object' }))).toBe('json');
    expect(editorFor(input({ type: 'Strange', uiHint: 'Unheard' }))).toBe('json');
  });

  it('starts expression-hinted inputs as Scriban and offers Variable only when there are variables', () => {
    expect(defaultMode(input({ uiHint: 'Expression' }))).toBe('Scriban');
    expect(defaultMode(input({}))).toBe('Literal');
    expect(offeredModes(false, 'Literal')).toEqual(['Literal', 'Scriban']);
    expect(offeredModes(true, undefined)).toEqual(['Literal', 'Scriban', 'Variable']);
    expect(offeredModes(false, 'Variable')).toContain('Variable');
  });
});
