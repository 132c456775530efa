// The workflow definition JSON as written in workflows/*.json and exchanged over the API
// (/work/shared/docs/contract.md). Fields this file does not name are kept as they are by the
// graph mapping and the commands, which copy objects with spread instead of rebuilding them.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** `Literal`: the value as is; `Scriban`: a template (contains `{{`) or an expression; `Variable`: a variable's name. */
export type InputValueType = 'Literal' | 'Scriban' | 'Variable';
export const inputValueTypes: readonly InputValueType[] = ['Literal', 'Scriban', 'Variable'];

export interface InputValue {
  type: InputValueType;
  value: JsonValue;
}

/** Where the designer drew an activity; the server stores and returns it untouched (other keys are kept). */
export interface DesignerData {
  x: number;
  y: number;
  [key: string]: JsonValue;
}

export interface ActivityDefinition {
  id: string;
  type: string;
  name?: string;
  description?: string;
  inputs?: Record<string, InputValue>;
  designer?: DesignerData;
}

/** Follows the outcome `port` of the source activity to the target activity. */
export interface ConnectionDefinition {
  source: { activity: string; port: string };
  target: { activity: string };
}

export interface FlowchartDefinition {
  type: 'Flowchart';
  activities: ActivityDefinition[];
  connections: ConnectionDefinition[];
}

export type ValueType = 'String' | 'Number' | 'Boolean' | 'Object' | 'Array' | 'Any';

export interface WorkflowInputDefinition {
  name: string;
  type: ValueType | string;
  required?: boolean;
  description?: string;
  /** Used when the caller leaves the input out. */
  default?: JsonValue;
}

export interface VariableDefinition {
  name: string;
  type?: ValueType | string;
  value?: JsonValue;
}

export interface EventTrigger {
  type: 'Event';
  eventName: string;
}

/** A 6-field Quartz cron expression, seconds first. */
export interface CronTrigger {
  type: 'Cron';
  expression: string;
}

export type TriggerDefinition = EventTrigger | CronTrigger;

/** Returned by the server, ignored by it on input. */
export interface ServerOwnedFields {
  version?: number;
  isLatest?: boolean;
  isPublished?: boolean;
  createdAt?: string;
  createdBy?: string;
}

export interface WorkflowDefinition extends ServerOwnedFields {
  definitionId: string;
  name: string;
  description?: string;
  inputs?: WorkflowInputDefinition[];
  variables?: VariableDefinition[];
  triggers?: TriggerDefinition[];
  root: FlowchartDefinition;
}

export function hasPosition(activity: ActivityDefinition): boolean {
  // The server writes `"designer": null` for an activity drawn nowhere yet.
  const designer = activity.designer as DesignerData | null | undefined;
  return designer != null && Number.isFinite(designer.x) && Number.isFinite(designer.y);
}

/** Removes the fields the server owns, for a save or an export. */
export function withoutServerFields(definition: WorkflowDefinition): WorkflowDefinition {
  const { version: _v, isLatest: _l, isPublished: _p, createdAt: _c, createdBy: _b, ...rest } = definition;
  return rest;
}
