/**
 * Pure logic of the people pages: the list's filters in the URL query, the range line, the BCM roles each person
 * holds, the person form ↔ request, and an import's problems grouped by spreadsheet row.
 */
import type { PathMessage } from '../api/problem';
import type { BcmRole, OrgUnit, Person, PersonRequest } from './peopleApi';

export interface PeopleFilters {
  search: string;
  orgUnit: string;
  page: number;
}

export const peoplePageSize = 50;

export function filtersFromQuery(search: string): PeopleFilters {
  const q = new URLSearchParams(search);
  const page = Number(q.get('page'));
  return { search: q.get('search')?.trim() ?? '', orgUnit: q.get('orgUnit')?.trim() ?? '', page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** Only what is set, in a fixed order; page 1 is left out. */
export function queryFromFilters(filters: PeopleFilters): string {
  const q = new URLSearchParams();
  if (filters.search) q.set('search', filters.search);
  if (filters.orgUnit) q.set('orgUnit', filters.orgUnit);
  if (filters.page !== 1) q.set('page', String(filters.page));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** "People 51–100 of 130", or that nothing matches. */
export function rangeText(filters: PeopleFilters, shown: number, total: number): string {
  if (total === 0) return filters.search || filters.orgUnit ? 'No people match.' : 'There are no people yet.';
  if (shown === 0) return `Page ${filters.page} is past the end of the ${total} people.`;
  const first = (filters.page - 1) * peoplePageSize + 1;
  return `People ${first}–${first + shown - 1} of ${total}`;
}

/** Person id → the names of the BCM roles they hold, in role name order. */
export function rolesByPerson(roles: readonly BcmRole[]): Map<string, string[]> {
  const held = new Map<string, string[]>();
  for (const role of [...roles].sort((a, b) => a.name.localeCompare(b.name)))
    for (const h of role.holders) {
      const names = held.get(h.personId) ?? [];
      if (!names.includes(role.name)) held.set(h.personId, [...names, role.name]);
    }
  return held;
}

/** An org unit id shown by its name when it is a known unit. */
export function orgUnitName(id: string | null, units: readonly OrgUnit[]): string {
  if (!id) return '—';
  return units.find((u) => u.id === id)?.name ?? id;
}

/** What the person form edits, as strings and flags. */
export interface PersonForm {
  name: string;
  email: string;
  phone: string;
  language: string;
  /** Channels in the person's order of preference (the server tries them in this order). */
  channels: string[];
  optOutSms: boolean;
  optOutEmail: boolean;
  orgUnit: string;
  userId: string;
}

export const emptyPersonForm: PersonForm = {
  name: '', email: '', phone: '', language: '', channels: ['Sms', 'Email'], optOutSms: false, optOutEmail: false, orgUnit: '', userId: '',
};

export function formFromPerson(p: Person): PersonForm {
  return {
    name: p.name, email: p.email ?? '', phone: p.phone ?? '', language: p.language,
    channels: [...p.channels],
    optOutSms: p.optOut.sms, optOutEmail: p.optOut.email, orgUnit: p.orgUnit ?? '', userId: p.userId ?? '',
  };
}

/** Ticking a channel adds it last (least preferred); unticking removes it; the order of the others is kept. */
export function toggleChannel(channels: readonly string[], channel: string, on: boolean): string[] {
  if (!on) return channels.filter((c) => c !== channel);
  return channels.includes(channel) ? [...channels] : [...channels, channel];
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body; empty fields are null so that the server's defaults and validation apply. */
export function requestFromForm(form: PersonForm, revision?: number): PersonRequest {
  return {
    name: form.name.trim(), email: orNull(form.email), phone: orNull(form.phone), language: orNull(form.language),
    channels: [...form.channels],
    optOut: { sms: form.optOutSms, email: form.optOutEmail }, orgUnit: orNull(form.orgUnit), userId: orNull(form.userId),
    ...(revision !== undefined ? { revision } : {}),
  };
}

export interface RowProblems {
  /** The spreadsheet row (the header is row 1), or undefined for problems about the whole file. */
  row: number | undefined;
  messages: { column: string | undefined; message: string }[];
}

/** An import's 400 `errors` (`row 3: phone`, `row 1`, `file`) grouped by row, rows in order, file problems first. */
export function importProblems(messages: readonly PathMessage[]): RowProblems[] {
  const byRow = new Map<number | undefined, RowProblems>();
  for (const { path, message } of messages) {
    const match = /^row (\d+)(?::\s*(.+))?$/i.exec(path.trim());
    const row = match ? Number(match[1]) : undefined;
    const column = match ? match[2] : path;
    const entry = byRow.get(row) ?? { row, messages: [] };
    entry.messages.push({ column, message });
    byRow.set(row, entry);
  }
  return [...byRow.values()].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
