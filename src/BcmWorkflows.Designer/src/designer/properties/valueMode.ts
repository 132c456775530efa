import type { InputValue, InputValueType, JsonValue } from '../../model/definition';

/** The text a value shows in a text box: strings as they are, anything else as JSON. */
export function textOf(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The literal a text stands for, given the input's type: `"3"` is 3 for a Number, `"true"` is true for a Boolean, JSON
 * text is parsed for Object, Array and Any. Text that does not fit stays text, so nothing typed is lost (the server
 * then says what is wrong).
 */
export function literalFromText(text: string, inputType: string): JsonValue {
  const trimmed = text.trim();
  switch (inputType) {
    case 'Number':
      return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
    case 'Boolean':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : text;
    case 'Object':
    case 'Array':
    case 'Any':
      try {
        return JSON.parse(trimmed) as JsonValue;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

const variableReference = /^variables\.([A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * Switches an input between Literal, Scriban and Variable and keeps what was typed: a literal's text becomes the
 * expression; an expression becomes the literal of the input's type; `variables.x` and the variable `x` map onto
 * each other.
 */
export function switchMode(current: InputValue | undefined, to: InputValueType, inputType: string): InputValue {
  if (!current) return { type: to, value: to === 'Literal' ? literalFromText('', inputType) : '' };
  if (current.type === to) return current;
  const text = textOf(current.value).trim() === '' ? '' : textOf(current.value);
  if (to === 'Variable') return { type: to, value: variableReference.exec(text.trim())?.[1] ?? text.trim() };
  if (to === 'Scriban') return { type: to, value: current.type === 'Variable' && text ? `variables.${text}` : text };
  return { type: to, value: literalFromText(text, inputType) };
}
