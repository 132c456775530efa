import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ActivityDescriptor, InputDescriptor } from '../../model/activityTypes';
import { indexDescriptors } from '../../model/activityTypes';
import type { WorkflowDefinition } from '../../model/definition';
import { SettingsPanel } from '../settings/SettingsPanel';
import { PropertyPanel } from './PropertyPanel';

// Renders the panels once on the server side of React (no DOM here): every editor kind must render without throwing.
const input = (name: string, type: string, uiHint: string | null, options: string[] | null = null): InputDescriptor =>
  ({ name, type, required: name === 'to', description: `${name} help`, uiHint, options });

const kitchenSink: ActivityDescriptor = {
  type: 'Everything', displayName: 'Everything', category: 'Test', description: 'Has every kind of input.', outcomes: ['Done'],
  hasDynamicOutcomes: false, outputs: [],
  inputs: [
    input('to', 'String', 'Person'), input('people', 'Array', 'People'), input('template', 'String', 'Template'),
    input('text', 'String', 'TemplateText'), input('timeout', 'Duration', 'Duration'), input('reminders', 'Array', 'Durations'),
    input('cases', 'Array', 'Cases'), input('outcomes', 'Array', 'Outcomes'), input('channels', 'Array', 'Channels'),
    input('escalateTo', 'String', 'BcmRole'), input('callTreeId', 'String', 'Expression'), input('definitionId', 'String', 'Workflow'),
    input('of', 'String', 'Activity'), input('variable', 'String', 'Variable'), input('mode', 'String', 'AckMode'),
    input('dueAt', 'String', 'DateTime'), input('subject', 'String', 'Subject'), input('condition', 'Boolean', 'Expression'),
    input('status', 'String', null, ['', 'Closed']), input('count', 'Number', null), input('flag', 'Boolean', null), input('model', 'Object', 'Expression'),
  ],
};

const definition: WorkflowDefinition = {
  definitionId: 'wf', name: 'Workflow', variables: [{ name: 'level', type: 'Number', value: 1 }],
  inputs: [{ name: 'incidentId', type: 'String', required: true }],
  triggers: [{ type: 'Event', eventName: 'incident.declared' }, { type: 'Cron', expression: '0 0 8 * * *' }],
  root: {
    type: 'Flowchart', connections: [],
    activities: [
      { id: 'a', type: 'Everything', inputs: {
        to: { type: 'Literal', value: 'p-1' }, people: { type: 'Literal', value: ['role:crisis', 'p-2'] },
        text: { type: 'Literal', value: 'Hi {{ input.x }}' }, timeout: { type: 'Literal', value: 'PT15M' },
        cases: { type: 'Literal', value: [{ name: 'high', condition: 'input.level > 2' }] }, mode: { type: 'Literal', value: '2' },
        condition: { type: 'Scriban', value: 'input.level > 2' }, count: { type: 'Variable', value: 'level' }, stray: { type: 'Literal', value: 1 },
      } },
      { id: 'b', type: 'Unknown' },
    ],
  },
};

describe('panels render', () => {
  it('renders every editor kind with errors under their fields', () => {
    const html = renderToStaticMarkup(createElement(PropertyPanel, {
      definition, activityId: 'a', descriptors: indexDescriptors([kitchenSink]), onCommand: () => undefined,
      errors: [{ path: '$.root.activities[0].inputs.to', message: 'No person p-1.' }, { path: '$.root.activities[0]', message: 'Unreachable.' }],
    }));
    expect(html).toContain('No person p-1.');
    expect(html).toContain('Unreachable.');
    expect(html).toContain('15 minutes');
    expect(html).toContain('stray');
  });

  it('renders an unknown activity type and a missing activity', () => {
    const descriptors = indexDescriptors([]);
    expect(renderToStaticMarkup(createElement(PropertyPanel, { definition, activityId: 'b', descriptors, errors: [], onCommand: () => undefined })))
      .toContain('unknown to the server');
    expect(renderToStaticMarkup(createElement(PropertyPanel, { definition, activityId: 'gone', descriptors, errors: [], onCommand: () => undefined })))
      .toContain('not in this workflow');
  });

  it('renders the settings with the cron check', () => {
    const html = renderToStaticMarkup(createElement(SettingsPanel, {
      definition, readOnly: true, onCommand: () => undefined, errors: [{ path: '$.inputs[0].name', message: 'Declared twice.' }],
    }));
    expect(html).toContain('Declared twice.');
    expect(html).toContain('Exactly one of day-of-month');
  });
});
