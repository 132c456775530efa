import type { WorkflowDefinition } from '../model/definition';
import { edgeId } from '../model/graph';
import type { BookmarkView, JournalEntry } from './types';

/** How the viewer marks an activity: faulted wins over waiting, waiting over executed. */
export type Highlight = 'executed' | 'waiting' | 'faulted';

export interface ExecutedPath {
  /** Activities that completed at least once. */
  executed: Set<string>;
  /** Connections followed, by `edgeId` (`source:Port->target`). */
  taken: Set<string>;
  /** Activities waiting now: a bookmark, or a Suspended not followed by anything else. */
  waiting: Set<string>;
  /** Activities whose last journal event is Faulted (a retry that completed clears it). */
  faulted: Set<string>;
}

export interface PathInput {
  definition: WorkflowDefinition;
  journal: readonly JournalEntry[];
  bookmarks?: readonly BookmarkView[];
  /** An ended instance waits for nothing, whatever its last journal lines say. */
  ended?: boolean;
}

/**
 * Replays the journal over the definition. A connection counts as taken when its source completed with its
 * port as (one of) the outcome(s) and its target was started after that completion — the engine schedules the
 * target then, so the next Started of the target is the one this connection caused. Each Started is used by one
 * completion only, so in a loop the second lap needs a second Started.
 */
export function executedPath({ definition, journal, bookmarks = [], ended = false }: PathInput): ExecutedPath {
  const lines = [...journal].sort((a, b) => a.sequence - b.sequence);
  const executed = new Set<string>();
  const taken = new Set<string>();
  const last = new Map<string, string>();
  const usedStarts = new Set<number>();

  lines.forEach((line, index) => {
    last.set(line.activityId, line.event);
    if (line.event !== 'Completed') return;
    executed.add(line.activityId);
    const outcomes = new Set((line.outcome ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''));
    for (const connection of definition.root.connections) {
      if (connection.source.activity !== line.activityId || !outcomes.has(connection.source.port)) continue;
      const start = nextStart(lines, index, connection.target.activity, usedStarts);
      if (start === undefined) continue;
      usedStarts.add(start);
      taken.add(edgeId(connection));
    }
  });

  const waiting = new Set<string>();
  if (!ended) {
    for (const bookmark of bookmarks) waiting.add(bookmark.activityId);
    for (const [activityId, event] of last) if (event === 'Suspended') waiting.add(activityId);
  }
  const faulted = new Set([...last].filter(([, event]) => event === 'Faulted').map(([id]) => id));
  return { executed, taken, waiting, faulted };
}

function nextStart(lines: readonly JournalEntry[], after: number, activityId: string, used: ReadonlySet<number>): number | undefined {
  for (let i = after + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.activityId === activityId && line.event === 'Started' && !used.has(i)) return i;
  }
  return undefined;
}

/** The one mark an activity gets, or none when the run has not reached it. */
export function highlightOf(path: ExecutedPath, activityId: string): Highlight | undefined {
  if (path.faulted.has(activityId)) return 'faulted';
  if (path.waiting.has(activityId)) return 'waiting';
  if (path.executed.has(activityId)) return 'executed';
  return undefined;
}
