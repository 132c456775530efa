import type { JsonObject, JsonValue, WorkflowInputDefinition } from '../model/definition';

/** The editor an input gets: text, number, a three-way boolean (unset/true/false) or JSON text. */
export type EditorKind = 'String' | 'Number' | 'Boolean' | 'Json';

export interface InputField {
  name: string;
  /** The declared type as the definition writes it. */
  type: string;
  kind: EditorKind;
  required: boolean;
  description: string;
}

/** What the user typed, by input name; a Boolean is '', 'true' or 'false'. Kept as text so nothing typed is lost. */
export type FormValues = Record<string, string>;

export function editorKind(type: string): EditorKind {
  if (type === 'String' || type === 'Number' || type === 'Boolean') return type;
  return 'Json';
}

export function inputFields(inputs: readonly WorkflowInputDefinition[] | undefined): InputField[] {
  return (inputs ?? []).map((i) => ({
    name: i.name, type: String(i.type), kind: editorKind(String(i.type)), required: i.required ?? false, description: i.description ?? '',
  }));
}

/** Each field prefilled with its declared default (blank when there is none). */
export function initialValues(inputs: readonly WorkflowInputDefinition[] | undefined): FormValues {
  const values: FormValues = {};
  for (const input of inputs ?? []) values[input.name] = toText(editorKind(String(input.type)), input.default);
  return values;
}

function toText(kind: EditorKind, value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (kind === 'Json') return JSON.stringify(value, null, 2);
  if (kind === 'String' && typeof value === 'string') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export type FormResult = { ok: true; input: JsonObject } | { ok: false; errors: Record<string, string> };

/**
 * The start input from the form. A blank field is left out (the server applies the default or says it is
 * required, under `input.<name>`); a number or JSON text that does not parse is an error on that field.
 */
export function toInput(fields: readonly InputField[], values: FormValues): FormResult {
  const input: JsonObject = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const text = values[field.name] ?? '';
    if (text.trim() === '') continue;
    const parsed = parseField(field, text);
    if ('error' in parsed) errors[field.name] = parsed.error;
    else input[field.name] = parsed.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

function parseField(field: InputField, text: string): { value: JsonValue } | { error: string } {
  switch (field.kind) {
    case 'String':
      return { value: text };
    case 'Boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'Choose true or false.' };
    case 'Number': {
      const number = Number(text.trim());
      return Number.isFinite(number) ? { value: number } : { error: `'${text.trim()}' is not a number.` };
    }
    case 'Json':
      return parseJson(field.type, text);
  }
}

function parseJson(type: string, text: string): { value: JsonValue } | { error: string } {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (e) {
    return { error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'Object' && !isObject) return { error: 'Enter a JSON object, e.g. {"key": "value"}.' };
  if (type === 'Array' && !Array.isArray(value)) return { error: 'Enter a JSON array, e.g. ["a", "b"].' };
  return { value };
}

/**
 * Splits a 400 problem's `errors` into messages per input field (`input.<name>`, also `$.input.<name>`) and the
 * rest, which the dialog lists with their paths.
 */
export function fieldErrors(errors: Record<string, string[]> | undefined, fields: readonly InputField[]) {
  const byField: Record<string, string> = {};
  const other: { path: string; message: string }[] = [];
  const names = new Set(fields.map((f) => f.name));
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const name = path.replace(/^\$\./, '').replace(/^input\./, '');
    if (name !== path.replace(/^\$\./, '') && names.has(name)) byField[name] = messages.join(' ');
    else for (const message of messages) other.push({ path, message });
  }
  return { byField, other };
}
