import { fetchPersonName, type Plan } from './plansApi';

/**
 * Names of the people with these ids (`GET /api/people/{id}` each; plans are few and share owners). A person that
 * cannot be read is left out, and the page shows the id instead.
 */
export async function namesOf(ids: readonly (string | null)[]): Promise<Record<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const found = await Promise.all(unique.map((id) => fetchPersonName(id).then((p) => [id, p.name] as const).catch(() => undefined)));
  return Object.fromEntries(found.filter((entry) => entry !== undefined));
}

/** The owner as a name when known, else the person id, else a dash. */
export function ownerText(plan: Pick<Plan, 'ownerPersonId'>, names: Record<string, string>): string {
  if (!plan.ownerPersonId) return '—';
  return names[plan.ownerPersonId] ?? plan.ownerPersonId;
}
