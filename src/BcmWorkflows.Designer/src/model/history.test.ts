import { describe, expect, it } from 'vitest';
import {
  connect, deleteElements, moveActivities, renameActivityId, setActivityProperties, setInput, setWorkflowSettings,
} from './commands';
import type { WorkflowDefinition } from './definition';
import {
  canRedo, canUndo, createHistory, execute, hasUnsavedChanges, markSaved, redo, redoLabel, seal, undo, undoLabel, type Command, type HistoryState,
} from './history';
import { activity, connection, workflow } from './testing/builders';
import { readWorkflowFiles } from './testing/workflowFiles';

const start = () => createHistory(workflow([activity('a', 'Decision'), activity('b'), activity('c')], [connection('a', 'True', 'b')]));
const positionOf = (state: HistoryState, id: string) => state.present.root.activities.find((a) => a.id === id)?.designer;
const move = (id: string, x: number, y: number, gesture = 'drag-1') => moveActivities(new Map([[id, { x, y }]]), gesture);
const run = (state: HistoryState, ...steps: [Command, number][]) => steps.reduce((s, [command, at]) => execute(s, command, at), state);

describe('command history', () => {
  it('undoes and redoes a move', () => {
    const initial = start();
    const moved = execute(initial, move('b', 100, 50), 0);
    expect(positionOf(moved, 'b')).toEqual({ x: 100, y: 50 });
    expect(undoLabel(moved)).toBe('Move activity');
    const undone = undo(moved);
    expect(undone.present).toBe(initial.present);
    expect(redoLabel(undone)).toBe('Move activity');
    expect(redo(undone).present).toBe(moved.present);
  });

  it('makes one step of the ticks of one drag', () => {
    const state = run(start(), [move('b', 10, 0), 0], [move('b', 20, 0), 16], [move('b', 30, 0), 32]);
    expect(state.past).toHaveLength(1);
    expect(positionOf(state, 'b')).toEqual({ x: 30, y: 0 });
    expect(positionOf(undo(state), 'b')).toEqual({ x: 0, y: 0 });
  });

  it('keeps two drags apart when the first was sealed, the gesture differs or time passed', () => {
    const sealed = execute(seal(execute(start(), move('b', 10, 0), 0)), move('b', 20, 0), 10);
    const twoGestures = run(start(), [move('b', 10, 0, 'drag-1'), 0], [move('b', 20, 0, 'drag-2'), 10]);
    const later = run(start(), [move('b', 10, 0), 0], [move('b', 20, 0), 5000]);
    for (const state of [sealed, twoGestures, later]) {
      expect(state.past).toHaveLength(2);
      expect(positionOf(undo(state), 'b')).toEqual({ x: 10, y: 0 });
    }
  });

  it('does not join different kinds of command', () => {
    const state = run(start(), [move('b', 10, 0), 0], [setInput('b', 'message', { type: 'Literal', value: 'x' }), 10]);
    expect(state.past.map((e) => e.label)).toEqual(['Move activity', 'Edit message']);
  });

  it('coalesces keystrokes in one field', () => {
    const typing = ['H', 'He', 'Hel'].map((text, i) => [setInput('b', 'message', { type: 'Literal', value: text }), i * 100] as [Command, number]);
    const state = run(start(), ...typing);
    expect(state.past).toHaveLength(1);
    expect(state.present.root.activities[1]?.inputs?.['message']).toEqual({ type: 'Literal', value: 'Hel' });
    expect(undo(state).present.root.activities[1]?.inputs).toEqual({});
  });

  it('records nothing for a command that changes nothing', () => {
    const initial = start();
    expect(execute(initial, move('b', 0, 0), 0)).toBe(initial);
    expect(execute(initial, connect(connection('a', 'True', 'b')), 0)).toBe(initial);
    expect(execute(initial, deleteElements(['nope']), 0)).toBe(initial);
  });

  it('drops redo when a new command runs', () => {
    const state = execute(undo(execute(start(), move('b', 5, 5), 0)), move('c', 1, 1), 10);
    expect(canRedo(state)).toBe(false);
    expect(canUndo(state)).toBe(true);
  });

  it('keeps at most the limit of steps, dropping the oldest', () => {
    let state = start();
    for (let i = 1; i <= 5; i++) state = execute(state, setActivityProperties('b', { name: `name ${i}` }), i * 10_000, { limit: 3 });
    expect(state.past).toHaveLength(3);
    while (canUndo(state)) state = undo(state);
    expect(state.present.root.activities[1]?.name).toBe('name 2');
  });

  it('tells unsaved changes from saved ones, also after undo back to the saved state', () => {
    const edited = execute(start(), setActivityProperties('b', { name: 'Log it' }), 0);
    expect(hasUnsavedChanges(edited)).toBe(true);
    expect(hasUnsavedChanges(undo(edited))).toBe(false);
    const saved = markSaved(edited);
    expect(hasUnsavedChanges(saved)).toBe(false);
    expect(hasUnsavedChanges(undo(saved))).toBe(true);
  });
});

describe('commands', () => {
  it('connect adds a connection once and only between existing activities', () => {
    const state = execute(start(), connect(connection('a', 'False', 'c')), 0);
    expect(state.present.root.connections).toContainEqual(connection('a', 'False', 'c'));
    expect(execute(state, connect(connection('a', 'False', 'c')), 10)).toBe(state);
    expect(execute(state, connect(connection('a', 'False', 'ghost')), 10)).toBe(state);
    expect(undo(state).present.root.connections).toEqual([connection('a', 'True', 'b')]);
  });

  it('deleting an activity removes its connections; undo brings both back', () => {
    const initial = start();
    const state = execute(initial, deleteElements(['b']), 0);
    expect(state.present.root.activities.map((a) => a.id)).toEqual(['a', 'c']);
    expect(state.present.root.connections).toEqual([]);
    expect(undo(state).present).toBe(initial.present);
  });

  it('deletes a selected connection alone', () => {
    const state = execute(start(), deleteElements([], [connection('a', 'True', 'b')]), 0);
    expect(state.present.root.activities).toHaveLength(3);
    expect(state.present.root.connections).toEqual([]);
    expect(undoLabel(state)).toBe('Delete connection');
  });

  it('setInput with undefined removes the input', () => {
    const withInput = execute(start(), setInput('b', 'message', { type: 'Scriban', value: '{{ input.x }}' }), 0);
    const removed = execute(seal(withInput), setInput('b', 'message', undefined), 10);
    expect(removed.present.root.activities[1]?.inputs).toEqual({});
  });

  it('renaming an activity id moves its connections along, and refuses a taken id', () => {
    const state = execute(start(), renameActivityId('b', 'logIt'), 0);
    expect(state.present.root.connections).toEqual([connection('a', 'True', 'logIt')]);
    expect(execute(state, renameActivityId('a', 'c'), 10)).toBe(state);
  });

  it('edits workflow settings and removes a field set to undefined', () => {
    const settings = { triggers: [{ type: 'Event' as const, eventName: 'incident.declared' }], description: 'd' };
    const state = execute(start(), setWorkflowSettings(settings), 0);
    expect(state.present).toMatchObject(settings);
    const cleared = execute(seal(state), setWorkflowSettings({ description: undefined }), 10);
    expect('description' in cleared.present).toBe(false);
  });

  it('leave untouched activities as the same objects (cheap snapshots)', () => {
    const initial = start();
    const state = execute(initial, move('b', 1, 1), 0);
    expect(state.present.root.activities[0]).toBe(initial.present.root.activities[0]);
    expect(state.present.root.connections).toBe(initial.present.root.connections);
  });

  it('undo all the way restores every shipped workflow exactly', () => {
    for (const { definition } of readWorkflowFiles()) {
      const [first, second] = definition.root.activities;
      let state = createHistory(definition as WorkflowDefinition);
      state = execute(state, move(first!.id, 1, 2), 0);
      state = execute(state, setActivityProperties(second!.id, { name: 'Renamed' }), 10_000);
      state = execute(state, deleteElements([first!.id]), 20_000);
      state = execute(state, connect(connection(second!.id, 'Done', second!.id)), 30_000);
      while (canUndo(state)) state = undo(state);
      expect(state.present).toBe(definition);
    }
  });
});
