import type { PlanRevisionContext } from './taskApi';
import { planDiffView, type DiffRow, type Segment } from './planDiff';

const statusWord = { Added: 'added', Removed: 'removed', Changed: 'changed', Unchanged: 'unchanged' } as const;

function Segments({ segments, mark }: { segments: Segment[]; mark: 'ins' | 'del' }) {
  const Mark = mark;
  return <>{segments.map((s, i) => (s.changed ? <Mark key={i}>{s.text}</Mark> : <span key={i}>{s.text}</span>))}</>;
}

function Row({ row }: { row: DiffRow }) {
  if (row.kind === 'folded') return <li className="diff-folded">… {row.count} unchanged {row.count === 1 ? 'line' : 'lines'}</li>;
  if (row.kind === 'same') return <li className="diff-same"><span className="diff-sign" aria-hidden="true"> </span>{row.text || ' '}</li>;
  const added = row.kind === 'added';
  return (
    <li className={added ? 'diff-added' : 'diff-removed'}>
      <span className="diff-sign" aria-hidden="true">{added ? '+' : '−'}</span>
      <span className="visually-hidden">{added ? 'Added: ' : 'Removed: '}</span>
      <Segments segments={row.segments} mark={added ? 'ins' : 'del'} />
    </li>
  );
}

/** What changed in a plan revision, section by section, for the person who approves it. */
export function PlanDiffView({ context }: { context: PlanRevisionContext }) {
  const { changed, unchanged } = planDiffView(context.diff.sections);
  return (
    <section className="plan-diff" aria-labelledby="plan-diff-title">
      <h2 id="plan-diff-title">
        {context.planTitle}: revision {context.revision} against {context.diff.against === 0 ? 'an empty plan' : `revision ${context.diff.against}`}
      </h2>
      <p className="muted">Revision status: {context.revisionStatus}</p>
      {context.warnings && context.warnings.length > 0 && (
        <div className="notice" role="note">
          <strong>Warnings</strong>
          <ul>{context.warnings.map((w, i) => <li key={i}>{w.processId}: {w.message}</li>)}</ul>
        </div>
      )}
      {changed.length === 0 && <p>No section changed.</p>}
      {changed.map((s) => (
        <section key={s.key} className={`diff-section diff-${statusWord[s.status]}-section`}>
          <h3>{s.title} <small className="diff-status">({statusWord[s.status]})</small></h3>
          <ul className="diff-lines">{s.rows.map((r, i) => <Row key={i} row={r} />)}</ul>
        </section>
      ))}
      {unchanged.length > 0 && <p className="muted">Unchanged: {unchanged.join(', ')}.</p>}
    </section>
  );
}
