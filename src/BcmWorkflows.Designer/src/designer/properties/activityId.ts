// The server's rule for activity ids (DefinitionValidator.IdPattern), checked while typing so a rename that would be
// refused is explained instead of silently ignored by the command.
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Why `next` cannot replace `current` as an activity id; `undefined` when it can (or nothing changes). */
export function activityIdProblem(next: string, current: string, ids: readonly string[]): string | undefined {
  if (next === current) return undefined;
  if (next.trim() === '') return 'An activity id is required.';
  if (!idPattern.test(next)) return "Use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit.";
  if (ids.includes(next)) return `Another activity already has the id '${next}'.`;
  return undefined;
}
