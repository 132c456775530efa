import type { InputDescriptor } from '../../model/activityTypes';
import type { InputValueType } from '../../model/definition';

/** The literal editor an input gets. In expression mode every input is Scriban text (multi-line for templates). */
export type EditorKind =
  | 'text' | 'multiline' | 'number' | 'boolean' | 'select' | 'dateTime'
  | 'duration' | 'durations' | 'json' | 'cases' | 'outcomes' | 'channels'
  | 'person' | 'people' | 'bcmRole' | 'callTree' | 'workflow' | 'activity' | 'variable' | 'ackMode'
  | 'template' | 'templateText';

const byHint: Record<string, EditorKind> = {
  TemplateText: 'templateText',
  Duration: 'duration',
  Durations: 'durations',
  Cases: 'cases',
  Outcomes: 'outcomes',
  Channels: 'channels',
  Person: 'person',
  People: 'people',
  Members: 'people',
  BcmRole: 'bcmRole',
  Workflow: 'workflow',
  Activity: 'activity',
  Variable: 'variable',
  AckMode: 'ackMode',
  DateTime: 'dateTime',
  Subject: 'text',
};

const byType: Record<string, EditorKind> = {
  String: 'text',
  Boolean: 'boolean',
  Number: 'number',
  Duration: 'duration',
  Object: 'json',
  Array: 'json',
  Any: 'json',
};

/**
 * Which editor an input gets: its uiHint first, then its options, then its type; anything unknown gets the JSON editor,
 * which can hold any value.
 */
export function editorFor(input: InputDescriptor): EditorKind {
  const hint = input.uiHint ?? '';
  // `Template` marks both template keys (an input named `template`) and text that is itself a template (Log, Fault).
  if (hint === 'Template') return input.name === 'template' ? 'template' : 'templateText';
  // RunCallTree's callTreeId is hinted as an expression, but its literal form is a call tree's id.
  if (input.name === 'callTreeId') return 'callTree';
  const hinted = byHint[hint];
  if (hinted) return hinted;
  if (input.options && input.options.length > 0) return 'select';
  return byType[input.type] ?? 'json';
}

/** The mode a new value starts in: inputs hinted as expressions are usually computed. */
export function defaultMode(input: InputDescriptor): InputValueType {
  return input.uiHint === 'Expression' ? 'Scriban' : 'Literal';
}

/** Variable mode is offered when the workflow declares variables, or when the value already uses it. */
export function offeredModes(hasVariables: boolean, current: InputValueType | undefined): InputValueType[] {
  return hasVariables || current === 'Variable' ? ['Literal', 'Scriban', 'Variable'] : ['Literal', 'Scriban'];
}

/** Templates get a live preview, in either mode (a literal TemplateText is rendered by the activity). */
export function hasTemplatePreview(kind: EditorKind): boolean {
  return kind === 'template' || kind === 'templateText';
}
