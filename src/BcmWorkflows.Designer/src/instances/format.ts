const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A server timestamp for people; '—' when missing or unreadable (never a made-up date). */
export function formatTime(iso: string | null | undefined, format: Intl.DateTimeFormat = dateTime): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : format.format(date);
}

/** A JSON value as indented text for the variables and input panels. */
export function formatJson(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
