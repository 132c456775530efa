import type { InputDescriptor } from '../../../model/activityTypes';
import type { ActivityDefinition, JsonValue, WorkflowDefinition } from '../../../model/definition';

/** What every literal editor gets. `onChange(undefined)` removes the input (an empty field means "not set"). */
export interface EditorProps {
  id: string;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
  readOnly: boolean;
  describedBy: string | undefined;
  input: InputDescriptor;
  definition: WorkflowDefinition;
  activity: ActivityDefinition;
}

export function asString(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
}

export function asStringList(value: JsonValue | undefined): string[] | undefined {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}

/** Empty text clears the input. */
export const textOrUnset = (text: string): string | undefined => (text === '' ? undefined : text);
