import type { LocatedProblem } from '../model/problems';

interface Props {
  problems: readonly LocatedProblem[];
  nameOf: (activityId: string) => string;
  onSelect: (activityId: string | undefined) => void;
}

/** Every problem of the last save or publish; a click selects the activity (or opens the settings) it belongs to. */
export function ProblemsList({ problems, nameOf, onSelect }: Props) {
  if (problems.length === 0) return null;
  return (
    <section className="problems" aria-label="Problems">
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={p.severity}>
            <button type="button" className="link" onClick={() => onSelect(p.activityId)}>
              {p.severity === 'error' ? 'Error' : 'Warning'}: {p.activityId !== undefined ? <strong>{nameOf(p.activityId)}</strong> : <strong>Workflow settings</strong>}
              {p.field ? <> · <code>{p.field}</code></> : null} — {p.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
