import { useEffect, useState } from 'react';
import { http } from '../../api/client';
import type { DefinitionSummary } from '../../api/types';

// What the pickers read from the server (shapes as the endpoints return them).

/** `GET /api/people` item (PersonView, the fields the picker uses). */
export interface PersonSummary {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  orgUnit: string | null;
}

/** `GET /api/bcm-roles` item; holders are left out here. */
export interface BcmRoleSummary {
  id: string;
  name: string;
  description: string | null;
}

export interface OrgUnitSummary {
  id: string;
  name: string;
}

export interface CallTreeSummary {
  id: string;
  name: string;
  description: string | null;
}

/** `GET /api/templates` item. */
export interface TemplateKeySummary {
  key: string;
  languages: string[];
}

export const lookupUrls = {
  bcmRoles: '/api/bcm-roles',
  orgUnits: '/api/org-units',
  callTrees: '/api/call-trees',
  workflows: '/api/workflow-definitions',
  templates: '/api/templates',
} as const;

export type LookupTypes = {
  bcmRoles: BcmRoleSummary[];
  orgUnits: OrgUnitSummary[];
  callTrees: CallTreeSummary[];
  workflows: DefinitionSummary[];
  templates: TemplateKeySummary[];
};

// One request per list while the designer is open: many fields share a list. A failure is forgotten so that the
// next field to ask tries again.
const cache = new Map<string, Promise<unknown>>();

function cachedGet<T>(url: string): Promise<T> {
  let pending = cache.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = http.get<T>(url);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

export interface Lookup<T> {
  data: T | undefined;
  error: string | undefined;
}

/** A list for a picker; `error` holds the server's message, and the picker falls back to free text. */
export function useLookup<K extends keyof LookupTypes>(kind: K): Lookup<LookupTypes[K]> {
  const [state, setState] = useState<Lookup<LookupTypes[K]>>({ data: undefined, error: undefined });
  useEffect(() => {
    let live = true;
    cachedGet<LookupTypes[K]>(lookupUrls[kind])
      .then((data) => live && setState({ data, error: undefined }))
      .catch((e: unknown) => live && setState({ data: undefined, error: e instanceof Error ? e.message : String(e) }));
    return () => { live = false; };
  }, [kind]);
  return state;
}

/** People whose name, email or phone contains the text (the server pages; the first 20 are enough for a picker). */
export function searchPeople(text: string): Promise<PersonSummary[]> {
  const query = new URLSearchParams({ search: text.trim(), pageSize: '20' });
  return http.get<PersonSummary[]>(`/api/people?${query}`);
}
