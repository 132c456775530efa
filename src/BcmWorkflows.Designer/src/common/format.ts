/** Dates as the user's locale writes them; an absent or unreadable date is a dash. */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTime.format(date);
}

/** A fraction 0..1 as a whole percentage (0.6667 → "67%"). */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** Query string of the values that are set (empty strings and undefined left out). */
export function query(values: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const withSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

/** With seconds: status changes of one message happen seconds apart. */
export function formatPrecise(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : withSeconds.format(date);
}
