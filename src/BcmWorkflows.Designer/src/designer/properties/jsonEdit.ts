import type { JsonValue } from '../../model/definition';

export type JsonEdit =
  | { ok: true; value: JsonValue | undefined }
  | { ok: false; message: string; line?: number; column?: number };

/** Text typed into a JSON box: blank is "no value"; a parse error says where (line and column) when it can. */
export function parseJsonEdit(text: string, expect?: 'Object' | 'Array'): JsonEdit {
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(raw);
    const message = raw.replace(/\s*\(line \d+ column \d+\)/, '');
    if (!position) return { ok: false, message };
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return { ok: false, message: `${message.replace(/ in JSON at position \d+/, '')} (line ${line}, column ${column})`, line, column };
  }
  if (expect === 'Array' && !Array.isArray(value)) return { ok: false, message: 'A list ([ … ]) is expected.' };
  if (expect === 'Object' && (value === null || typeof value !== 'object' || Array.isArray(value)))
    return { ok: false, message: 'An object ({ … }) is expected.' };
  return { ok: true, value };
}

/** Indented JSON for the text box; nothing for no value. */
export function formatJson(value: JsonValue | undefined): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
