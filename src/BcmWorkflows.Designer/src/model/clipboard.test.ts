import { describe, expect, it } from 'vitest';
import { copySelection, parseClipboard, pasteClipboard, serializeClipboard, uniqueId } from './clipboard';
import { createHistory, execute, undo } from './history';
import { activity, connection, workflow } from './testing/builders';

const definition = workflow(
  [activity('check', 'Decision', { designer: { x: 10, y: 20 } }), activity('log'), activity('other')],
  [connection('check', 'True', 'log'), connection('check', 'False', 'other'), connection('log', 'Done', 'other')],
);

describe('copy and paste', () => {
  it('copies the selected activities and only the connections between them', () => {
    const clipboard = copySelection(definition, ['check', 'log']);
    expect(clipboard.activities.map((a) => a.id)).toEqual(['check', 'log']);
    expect(clipboard.connections).toEqual([connection('check', 'True', 'log')]);
  });

  it('pastes with new unique ids, remapped connections and shifted positions', () => {
    const clipboard = copySelection(definition, ['check', 'log']);
    const paste = pasteClipboard(definition, clipboard, { x: 50, y: 50 });
    const state = execute(createHistory(definition), paste.command, 0);
    const root = state.present.root;
    expect([...paste.idMap.entries()]).toEqual([['check', 'checkCopy'], ['log', 'logCopy']]);
    expect(root.activities.map((a) => a.id)).toEqual(['check', 'log', 'other', 'checkCopy', 'logCopy']);
    expect(root.activities[3]?.designer).toEqual({ x: 60, y: 70 });
    expect(root.connections.at(-1)).toEqual(connection('checkCopy', 'True', 'logCopy'));
    expect(root.connections).toHaveLength(4);
    expect(undo(state).present).toBe(definition);
  });

  it('pastes again with further ids, and a copy of a copy does not grow Copy suffixes', () => {
    const clipboard = copySelection(definition, ['log']);
    let state = createHistory(definition);
    for (let i = 0; i < 3; i++) state = execute(state, pasteClipboard(state.present, clipboard).command, i * 10_000);
    expect(state.present.root.activities.map((a) => a.id).slice(3)).toEqual(['logCopy', 'logCopy2', 'logCopy3']);
    expect(uniqueId('logCopy2', new Set(['logCopy2', 'logCopy']))).toBe('logCopy3');
  });

  it('pastes deep copies, so editing the paste leaves the clipboard alone', () => {
    const clipboard = copySelection(definition, ['log']);
    const paste = pasteClipboard(definition, clipboard);
    const pasted = paste.command.apply(definition).root.activities.at(-1)!;
    expect(pasted.inputs).not.toBe(clipboard.activities[0]?.inputs);
  });

  it('round-trips through clipboard text and ignores text it did not write', () => {
    const clipboard = copySelection(definition, ['check', 'log']);
    expect(parseClipboard(serializeClipboard(clipboard))).toEqual(clipboard);
    expect(parseClipboard('hello')).toBeUndefined();
    expect(parseClipboard('{"kind":"other"}')).toBeUndefined();
  });
});
