import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, messagesFor, otherMessages, type ErrorReport } from '../common/errors';
import { completeTask, type TaskDetail } from './taskApi';
import { commentRequired, outcomeTone } from './taskLabels';

interface DecisionFormProps {
  task: TaskDetail;
  onDecided: (task: TaskDetail) => void;
}

/**
 * The task's outcomes as buttons and a comment box. The server's rules decide (a required comment is a 400 on
 * `comment`, shown under the box); the comment stays as typed whatever fails.
 */
export function DecisionForm({ task, onDecided }: DecisionFormProps) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ErrorReport>();
  const commentErrors = messagesFor(error, 'comment');
  const needsComment = task.commentRequiredFor.length > 0;

  const decide = async (outcome: string) => {
    setBusy(outcome);
    setError(undefined);
    try {
      onDecided(await completeTask(task.id, outcome, comment));
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(undefined);
    }
  };

  const rest = error ? { ...error, messages: otherMessages(error, ['comment']) } : undefined;
  return (
    <form className="decision" onSubmit={(e) => e.preventDefault()} aria-labelledby="decision-title">
      <h2 id="decision-title">Your decision</h2>
      <label htmlFor="decision-comment">
        Comment{needsComment && <span className="muted"> (required for {task.commentRequiredFor.join(', ')})</span>}
      </label>
      <textarea id="decision-comment" rows={4} value={comment} onChange={(e) => setComment(e.target.value)}
        aria-invalid={commentErrors.length > 0} aria-describedby={commentErrors.length > 0 ? 'decision-comment-error' : undefined} />
      {commentErrors.length > 0 && <p id="decision-comment-error" className="error field-error" role="alert">{commentErrors.join(' ')}</p>}
      {rest && (rest.messages.length > 0 || commentErrors.length === 0) && <ErrorNotice report={rest} />}
      <div className="buttons">
        {task.outcomes.map((outcome) => (
          <button key={outcome} type="button" className={`outcome ${outcomeTone(outcome)}`} disabled={busy !== undefined}
            onClick={() => void decide(outcome)}
            aria-describedby={commentRequired(task, outcome) ? 'decision-comment' : undefined}>
            {busy === outcome ? `${outcome}…` : outcome}
          </button>
        ))}
      </div>
    </form>
  );
}
