import type { WorkflowDefinition } from '../model/definition';
import { formatTime } from './format';
import type { JournalEntry } from './types';

interface JournalTableProps {
  journal: readonly JournalEntry[];
  definition: WorkflowDefinition | undefined;
  selectedId: string | undefined;
  onSelect: (activityId: string) => void;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** Every journal line in order; picking a line's activity selects it in the diagram. */
export function JournalTable({ journal, definition, selectedId, onSelect }: JournalTableProps) {
  if (journal.length === 0) return <p>The journal is empty.</p>;
  const names = new Map((definition?.root.activities ?? []).map((a) => [a.id, a.name || a.id]));
  return (
    <table className="journal">
      <caption className="visually-hidden">Journal</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Activity</th>
          <th scope="col">Event</th>
          <th scope="col">Outcome</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {journal.map((line) => (
          <tr key={line.sequence} className={`event-${line.event.toLowerCase()}${line.activityId === selectedId ? ' selected' : ''}`}
            onClick={() => onSelect(line.activityId)}>
            <td><time dateTime={line.at} title={formatTime(line.at)}>{formatTime(line.at, timeOnly)}</time></td>
            <td>
              <button type="button" className="link" onClick={(e) => { e.stopPropagation(); onSelect(line.activityId); }}
                aria-pressed={line.activityId === selectedId} title={`${line.activityId} (${line.activityType})`}>
                {names.get(line.activityId) ?? line.activityId}
              </button>
            </td>
            <td>{line.event}</td>
            <td>{line.outcome ?? ''}</td>
            <td>{line.message ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
