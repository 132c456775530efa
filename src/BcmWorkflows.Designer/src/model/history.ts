import type { WorkflowDefinition } from './definition';

/**
 * One user action on the definition. `apply` is pure and returns the same object when nothing changes
 * (then nothing is recorded). Commands with the same `coalesceKey` that follow each other within the
 * coalescing window become one undo step: the ticks of a drag, the keystrokes in one field.
 */
export interface Command {
  label: string;
  coalesceKey?: string;
  apply(definition: WorkflowDefinition): WorkflowDefinition;
}

/** A recorded step: the definition before and after it. Definitions are immutable, so unchanged parts are shared. */
export interface HistoryEntry {
  label: string;
  before: WorkflowDefinition;
  after: WorkflowDefinition;
  coalesceKey?: string;
  at: number;
  /** Sealed entries take no more coalesced commands (set when a drag or an edit ends). */
  sealed: boolean;
}

export interface HistoryState {
  present: WorkflowDefinition;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** The definition as last saved: compare with `present` for the unsaved-changes guard. */
  saved: WorkflowDefinition;
}

export interface HistoryOptions {
  /** Undo steps kept (oldest dropped first); default 100. */
  limit?: number;
  /** How long after the previous command a command with the same key still joins it; default 1000 ms. */
  coalesceWindowMs?: number;
}

const defaults = { limit: 100, coalesceWindowMs: 1000 };

export function createHistory(definition: WorkflowDefinition): HistoryState {
  return { present: definition, past: [], future: [], saved: definition };
}

export function execute(state: HistoryState, command: Command, now: number, options: HistoryOptions = {}): HistoryState {
  const after = command.apply(state.present);
  if (after === state.present) return state;
  const last = state.past.at(-1);
  const { limit, coalesceWindowMs } = { ...defaults, ...options };
  if (last && canCoalesce(last, command, now, coalesceWindowMs)) {
    const merged: HistoryEntry = { ...last, after, at: now };
    return { ...state, present: after, past: [...state.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = { label: command.label, before: state.present, after, at: now, sealed: false };
  if (command.coalesceKey !== undefined) entry.coalesceKey = command.coalesceKey;
  const past = [...state.past, entry];
  return { ...state, present: after, past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export function undo(state: HistoryState): HistoryState {
  const last = state.past.at(-1);
  if (!last) return state;
  return { ...state, present: last.before, past: state.past.slice(0, -1), future: [{ ...last, sealed: true }, ...state.future] };
}

export function redo(state: HistoryState): HistoryState {
  const next = state.future[0];
  if (!next) return state;
  return { ...state, present: next.after, past: [...state.past, next], future: state.future.slice(1) };
}

/** Ends coalescing into the last step, e.g. when a drag stops or a field loses focus. */
export function seal(state: HistoryState): HistoryState {
  const last = state.past.at(-1);
  if (!last || last.sealed) return state;
  return { ...state, past: [...state.past.slice(0, -1), { ...last, sealed: true }] };
}

export function markSaved(state: HistoryState, saved: WorkflowDefinition = state.present): HistoryState {
  return { ...state, saved };
}

export const canUndo = (state: HistoryState): boolean => state.past.length > 0;
export const canRedo = (state: HistoryState): boolean => state.future.length > 0;
export const undoLabel = (state: HistoryState): string | undefined => state.past.at(-1)?.label;
export const redoLabel = (state: HistoryState): string | undefined => state.future[0]?.label;
export const hasUnsavedChanges = (state: HistoryState): boolean => state.present !== state.saved;

function canCoalesce(last: HistoryEntry, command: Command, now: number, windowMs: number): boolean {
  return !last.sealed && command.coalesceKey !== undefined && last.coalesceKey === command.coalesceKey && now - last.at <= windowMs;
}
