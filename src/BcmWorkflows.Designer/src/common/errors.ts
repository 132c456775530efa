import { ApiError } from '../api/http';
import { problemMessages, type PathMessage } from '../api/problem';

/** What to show for a failed request: the server's title and detail, and each validation message by path. */
export interface ErrorReport {
  status: number;
  title: string;
  detail?: string;
  messages: PathMessage[];
}

export function errorReport(error: unknown): ErrorReport {
  if (error instanceof ApiError) {
    const problem = error.problem;
    const detail = problem?.detail && problem.detail !== error.message ? problem.detail : undefined;
    return { status: error.status, title: error.message, ...(detail ? { detail } : {}), messages: problemMessages(problem) };
  }
  return { status: -1, title: error instanceof Error ? error.message : String(error), messages: [] };
}

/** The messages of one field (`comment`, `personId`), to show under that field. */
export function messagesFor(report: ErrorReport | undefined, path: string): string[] {
  return report?.messages.filter((m) => m.path.toLowerCase() === path.toLowerCase()).map((m) => m.message) ?? [];
}

/** The messages that belong to no field shown on the form. */
export function otherMessages(report: ErrorReport | undefined, shownPaths: readonly string[]): PathMessage[] {
  const shown = shownPaths.map((p) => p.toLowerCase());
  return report?.messages.filter((m) => !shown.includes(m.path.toLowerCase())) ?? [];
}
