// Quartz cron: seconds minutes hours day-of-month month day-of-week [year]. Quartz refuses a schedule that sets both
// day fields, so one of them must be `?`.

export const cronHint = 'Quartz cron, 6 fields: second minute hour day-of-month month day-of-week. '
  + 'One day field is ?, e.g. 0 0 8 ? * MON-FRI (08:00 on weekdays) or 0 */15 * * * ? (every 15 minutes).';

const fieldNames = ['second', 'minute', 'hour', 'day-of-month', 'month', 'day-of-week', 'year'];

/** A first check before the server's: the field count and the `?` rule. `undefined` when it looks right. */
export function cronProblem(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length === 0) return 'A cron expression is required.';
  if (fields.length < 6 || fields.length > 7)
    return `Quartz needs 6 fields (${fieldNames.slice(0, 6).join(' ')}), optionally a year; this has ${fields.length}.`;
  const [dayOfMonth, , dayOfWeek] = fields.slice(3);
  if ((dayOfMonth === '?') === (dayOfWeek === '?'))
    return 'Exactly one of day-of-month (4th field) and day-of-week (6th field) must be ?.';
  return undefined;
}
