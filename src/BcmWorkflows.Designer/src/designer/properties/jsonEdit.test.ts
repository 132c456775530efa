import { describe, expect, it } from 'vitest';
import { formatJson, lineAndColumn, parseJsonEdit } from './jsonEdit';

describe('editing JSON in a text box', () => {
  it('parses valid JSON and treats blank as no value', () => {
    expect(parseJsonEdit('{ "a": [1, 2] }')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJsonEdit('  ')).toEqual({ ok: true, value: undefined });
  });

  it('says where a parse error is', () => {
    const result = parseJsonEdit('{\n  "a": 1,\n  "b" 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.line).toBe(3);
      expect(result.message).toMatch(/line 3, column \d+/);
    }
  });

  it('checks the expected shape', () => {
    expect(parseJsonEdit('{"a":1}', 'Array')).toEqual({ ok: false, message: 'A list ([ … ]) is expected.' });
    expect(parseJsonEdit('[1]', 'Object')).toEqual({ ok: false, message: 'An object ({ … }) is expected.' });
  });

  it('formats values indented and counts lines from one', () => {
    expect(formatJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatJson(undefined)).toBe('');
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
