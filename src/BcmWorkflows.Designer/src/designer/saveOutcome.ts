import { ApiError } from '../api/http';
import { problemMessages } from '../api/problem';
import type { WorkflowDefinition } from '../model/definition';
import { locateProblems, type LocatedProblem } from '../model/problems';

/** What the designer says after a save or publish that did not go through; the user's edits always stay on screen. */
export interface SaveFailure {
  message: string;
  problems: LocatedProblem[];
  /** Someone else changed the workflow meanwhile: the user may save anyway (as the next draft) or reload theirs. */
  conflict: boolean;
}

export function describeSaveFailure(error: unknown, sent: WorkflowDefinition, action: 'save' | 'publish'): SaveFailure {
  const verb = action === 'save' ? 'saved' : 'published';
  if (!(error instanceof ApiError)) return { message: `Not ${verb}: ${String(error)}. Your changes are still here.`, problems: [], conflict: false };
  if (error.serverDown)
    return { message: `Not ${verb}: the server cannot be reached. Your changes are kept in this browser tab; try again when it is back.`, problems: [], conflict: false };
  if (error.status === 401)
    return { message: `Not ${verb}: your sign-in has expired. Your changes are kept; sign in again to continue.`, problems: [], conflict: false };
  if (error.status === 412) {
    const detail = error.problem?.detail ?? 'Someone else changed this workflow after you opened it.';
    return { message: `Not ${verb}: ${detail} Your changes are still here: save anyway to make them the next draft, or reload theirs.`, problems: [], conflict: true };
  }
  if (error.status === 400) {
    const problems = locateProblems(sent, problemMessages(error.problem));
    const count = problems.length;
    return {
      message: `Not ${verb}: ${count === 1 ? '1 problem' : `${count} problems`} to fix${problems.some((p) => p.activityId) ? ' (marked on the activities)' : ''}.`,
      problems,
      conflict: false,
    };
  }
  if (error.status === 403) return { message: `Not ${verb}: your role may not design workflows.`, problems: [], conflict: false };
  const detail = error.problem?.detail ?? error.message;
  return { message: `Not ${verb}: ${detail}`, problems: [], conflict: false };
}
