import { useCallback, useReducer } from 'react';
import type { WorkflowDefinition } from '../model/definition';
import { createHistory, execute, markSaved, redo, seal, undo, type Command, type HistoryState } from '../model/history';

type Action =
  | { kind: 'execute'; command: Command }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'seal' }
  | { kind: 'load'; definition: WorkflowDefinition }
  | { kind: 'saved'; definition: WorkflowDefinition };

function reducer(state: HistoryState, action: Action): HistoryState {
  switch (action.kind) {
    case 'execute': return execute(state, action.command, Date.now());
    case 'undo': return undo(state);
    case 'redo': return redo(state);
    case 'seal': return seal(state);
    case 'load': return createHistory(action.definition);
    case 'saved': return markSaved(seal(state), action.definition);
  }
}

/** Starts from the saved definition; unsaved edits kept from before (working copy) are one undoable step on top. */
function start({ saved, restored }: { saved: WorkflowDefinition; restored: WorkflowDefinition | undefined }): HistoryState {
  const history = createHistory(saved);
  if (!restored) return history;
  return seal(execute(history, { label: 'Restore unsaved edits', apply: () => restored }, Date.now()));
}

/** The command history as React state. */
export function useDesignerHistory(initial: WorkflowDefinition, restored?: WorkflowDefinition) {
  const [state, dispatch] = useReducer(reducer, { saved: initial, restored }, start);
  return {
    state,
    run: useCallback((command: Command) => dispatch({ kind: 'execute', command }), []),
    undo: useCallback(() => dispatch({ kind: 'undo' }), []),
    redo: useCallback(() => dispatch({ kind: 'redo' }), []),
    seal: useCallback(() => dispatch({ kind: 'seal' }), []),
    load: useCallback((definition: WorkflowDefinition) => dispatch({ kind: 'load', definition }), []),
    /** The server has `definition` (what was sent, even if edits happened meanwhile): unsaved = differs from it. */
    markSaved: useCallback((definition: WorkflowDefinition) => dispatch({ kind: 'saved', definition }), []),
  };
}
