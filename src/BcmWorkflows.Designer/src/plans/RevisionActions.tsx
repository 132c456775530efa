import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, messagesFor, otherMessages, type ErrorReport } from '../common/errors';
import { commentRequired, moveLabel } from './planLabels';
import { changeRevisionStatus, type RevisionStatus, type RevisionView } from './plansApi';

interface RevisionActionsProps {
  planId: string;
  revision: number;
  /** The moves this user is offered (`allowedMoves`). */
  moves: RevisionStatus[];
  onMoved: (view: RevisionView) => void;
}

/** The revision's next statuses as buttons with one comment box; the comment's 400 stays under the box, the text kept. */
export function RevisionActions({ planId, revision, moves, onMoved }: RevisionActionsProps) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<RevisionStatus>();
  const [error, setError] = useState<ErrorReport>();
  const [done, setDone] = useState<string>();
  const commentErrors = messagesFor(error, 'comment');

  const move = async (to: RevisionStatus) => {
    setBusy(to);
    setError(undefined);
    setDone(undefined);
    try {
      const view = await changeRevisionStatus(planId, revision, to, comment);
      setComment('');
      setDone(`Revision ${revision}: ${moveLabel(to).toLowerCase()} done.`);
      onMoved(view);
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <form className="decision revision-actions" onSubmit={(e) => e.preventDefault()} aria-label={`Change the status of revision ${revision}`}>
      <div className="field">
        <label htmlFor="revision-comment">Comment{moves.some(commentRequired) && ' (required to return)'}</label>
        <textarea id="revision-comment" value={comment} onChange={(e) => setComment(e.target.value)} rows={3}
          aria-invalid={commentErrors.length > 0} aria-describedby={commentErrors.length > 0 ? 'revision-comment-errors' : undefined} />
        {commentErrors.length > 0 && (
          <ul id="revision-comment-errors" className="field-errors">{commentErrors.map((m) => <li key={m}>{m}</li>)}</ul>
        )}
      </div>
      <div className="row-buttons">
        {moves.map((to) => (
          <button key={to} type="button" disabled={busy !== undefined} onClick={() => void move(to)}>
            {busy === to ? `${moveLabel(to)}…` : moveLabel(to)}
          </button>
        ))}
      </div>
      {done && <p role="status">{done}</p>}
      {error && <ErrorNotice report={{ ...error, messages: otherMessages(error, ['comment']) }} />}
    </form>
  );
}
