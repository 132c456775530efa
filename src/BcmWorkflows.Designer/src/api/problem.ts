/** An RFC 9457 problem as the server writes it; `errors` maps JSON paths (or field names) to messages. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

/** One validation message with the path it belongs to. */
export interface PathMessage {
  path: string;
  message: string;
}

/** Every message of a problem's `errors`, one per line, in path order (the server's order within a path). */
export function problemMessages(problem: Problem | undefined): PathMessage[] {
  const errors = problem?.errors ?? {};
  return Object.keys(errors)
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .flatMap((path) => (errors[path] ?? []).map((message) => ({ path, message })));
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
