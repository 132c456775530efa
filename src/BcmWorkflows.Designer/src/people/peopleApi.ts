import { http } from '../api/client';
import { query } from '../common/format';

/** `GET /api/people` item and `GET /api/people/{id}`. */
export interface Person {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  language: string;
  channels: string[];
  optOut: { sms: boolean; email: boolean; smsSince: string | null; emailSince: string | null };
  orgUnit: string | null;
  userId: string | null;
  /** Sent back on PUT: a person changed since is a 409. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** The body of `POST /api/people` and `PUT /api/people/{id}` (`revision` on PUT only). */
export interface PersonRequest {
  name: string;
  email: string | null;
  phone: string | null;
  language: string | null;
  channels: string[];
  optOut: { sms: boolean; email: boolean };
  orgUnit: string | null;
  userId: string | null;
  revision?: number;
}

export interface PeopleQuery {
  search: string;
  orgUnit: string;
  page: number;
  pageSize: number;
}

export interface OrgUnit { id: string; name: string; parentId: string | null }
export interface BcmRole { id: string; name: string; holders: { personId: string; name: string | null; orgUnitId: string | null; rank: number }[] }
export interface ImportResult { created: number; updated: number; people: string[] }

/** One page of people and the total the server counted (`X-Total-Count`). */
export async function fetchPeople(filter: PeopleQuery): Promise<{ people: Person[]; total: number }> {
  const { data, headers } = await http.request<Person[]>(`/api/people${query({ ...filter })}`);
  const total = Number(headers.get('X-Total-Count'));
  return { people: data, total: headers.has('X-Total-Count') && Number.isFinite(total) ? total : data.length };
}

const personUrl = (id: string) => `/api/people/${encodeURIComponent(id)}`;

export const fetchPerson = (id: string) => http.get<Person>(personUrl(id));

export const createPerson = (body: PersonRequest) =>
  http.request<Person>('/api/people', { method: 'POST', body }).then((r) => r.data);

export const updatePerson = (id: string, body: PersonRequest) =>
  http.request<Person>(personUrl(id), { method: 'PUT', body }).then((r) => r.data);

/** All or nothing: any wrong row is a 400 with `errors` keyed `row N: column`, and nothing is stored. */
export const importPeople = (csv: string) =>
  http.request<ImportResult>('/api/people/import', { method: 'POST', rawBody: { content: csv, contentType: 'text/csv' } }).then((r) => r.data);

export const fetchOrgUnits = () => http.get<OrgUnit[]>('/api/org-units');

export const fetchBcmRoles = () => http.get<BcmRole[]>('/api/bcm-roles');
