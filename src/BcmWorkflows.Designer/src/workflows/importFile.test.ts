import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http';
import { problemMessages } from '../api/problem';
import { exportFileName, exportJson, importDefinition, newDefinition, parseImport } from './importFile';

describe('import', () => {
  it('rejects what is not a definition before sending anything', () => {
    expect(parseImport('{')).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    expect(parseImport('[1]')).toEqual({ ok: false, problems: [{ path: '$', message: 'A workflow definition is a JSON object.' }] });
    expect(parseImport('{"name":"x"}')).toEqual({ ok: false, problems: [{ path: '$.definitionId', message: 'A definition id is required.' }] });
  });

  it('drops server-owned fields from the file', () => {
    const parsed = parseImport(JSON.stringify({ ...newDefinition('a', 'A'), version: 4, isPublished: true, createdBy: 'x' }));
    expect(parsed).toEqual({ ok: true, definition: newDefinition('a', 'A') });
  });

  it('lists every validation problem of a 400 by path', async () => {
    const errors = {
      '$.root.connections[10].target': ['Unknown activity.'],
      '$.root.activities[2].inputs.to': ['Required.', 'Must be a phone.'],
      '$.root.connections[9].source': ['Unknown port.'],
    };
    const save = vi.fn().mockRejectedValue(new ApiError(400, 'Invalid', { status: 400, errors }));
    const outcome = await importDefinition(newDefinition('a', 'A'), save);
    expect(outcome).toEqual({
      ok: false,
      title: 'The file is not a valid workflow definition; nothing was saved.',
      problems: [
        { path: '$.root.activities[2].inputs.to', message: 'Required.' },
        { path: '$.root.activities[2].inputs.to', message: 'Must be a phone.' },
        { path: '$.root.connections[9].source', message: 'Unknown port.' },
        { path: '$.root.connections[10].target', message: 'Unknown activity.' },
      ],
    });
  });

  it('reports other failures with their detail and lets a 401 go to the sign-in handling', async () => {
    const conflict = new ApiError(409, 'Conflict', { status: 409, title: 'Conflict', detail: 'Someone published meanwhile.' });
    await expect(importDefinition(newDefinition('a', 'A'), vi.fn().mockRejectedValue(conflict)))
      .resolves.toEqual({ ok: false, title: 'Conflict', problems: [{ path: '$', message: 'Someone published meanwhile.' }] });
    await expect(importDefinition(newDefinition('a', 'A'), vi.fn().mockRejectedValue(new ApiError(401, 'expired')))).rejects.toMatchObject({ status: 401 });
  });

  it('returns the saved version', async () => {
    const result = { definitionId: 'a', version: 1, isLatest: true, isPublished: false };
    await expect(importDefinition(newDefinition('a', 'A'), vi.fn().mockResolvedValue(result))).resolves.toEqual({ ok: true, result });
  });

  it('problemMessages copes with no errors', () => {
    expect(problemMessages(undefined)).toEqual([]);
    expect(problemMessages({ title: 'x' })).toEqual([]);
  });
});

describe('export', () => {
  it('writes the definition like workflows/*.json, without server fields', () => {
    const text = exportJson({ ...newDefinition('a', 'A'), version: 3, isLatest: true, createdAt: '2025-01-01T00:00:00Z' });
    expect(JSON.parse(text)).toEqual(newDefinition('a', 'A'));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "definitionId": "a"');
    expect(exportFileName('a/b c')).toBe('a_b_c.json');
  });
});
