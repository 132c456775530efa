// Member references as the BCM activities read them: `person:{id}`, `role:{key}`, `orgunit:{id}`, a bare person id,
// or (for sending) an E.164 number or an email address.

export type MemberRef =
  | { kind: 'person' | 'role' | 'orgunit'; id: string }
  | { kind: 'phone' | 'email'; text: string };

export interface MemberNames {
  people: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
  orgUnits: ReadonlyMap<string, string>;
}

export function parseMemberRef(text: string): MemberRef {
  const trimmed = text.trim();
  const prefixed = /^(person|role|orgunit):(.+)$/i.exec(trimmed);
  if (prefixed) return { kind: prefixed[1]!.toLowerCase() as 'person' | 'role' | 'orgunit', id: prefixed[2]!.trim() };
  if (/^\+\d{6,15}$/.test(trimmed.replace(/[\s-]/g, ''))) return { kind: 'phone', text: trimmed };
  if (trimmed.includes('@')) return { kind: 'email', text: trimmed };
  return { kind: 'person', id: trimmed };
}

/**
 * The text stored for a reference. Single-person inputs (SendSms `to`) take a bare person id; lists take the prefixed
 * form the activity descriptions document (`person:p-1`).
 */
export function formatMemberRef(ref: MemberRef, style: 'bare' | 'prefixed' = 'prefixed'): string {
  if ('text' in ref) return ref.text;
  if (ref.kind === 'person' && style === 'bare') return ref.id;
  return `${ref.kind}:${ref.id}`;
}

const kindWords = { person: 'Person', role: 'BCM role', orgunit: 'Org unit', phone: 'Phone', email: 'Email' } as const;

/** "BCM role: Crisis team (crisis-team)"; an unknown id shows as it is. */
export function describeMemberRef(text: string, names: MemberNames): string {
  const ref = parseMemberRef(text);
  if ('text' in ref) return `${kindWords[ref.kind]}: ${ref.text}`;
  const lookup = ref.kind === 'person' ? names.people : ref.kind === 'role' ? names.roles : names.orgUnits;
  const name = lookup.get(ref.id);
  return `${kindWords[ref.kind]}: ${name ? `${name} (${ref.id})` : ref.id}`;
}

/** Adds a reference to a list unless the same member is already in it (`p-1` and `person:p-1` are the same). */
export function addMember(list: readonly string[], text: string): string[] {
  const key = (t: string) => formatMemberRef(parseMemberRef(t)).toLowerCase();
  return list.some((item) => key(item) === key(text)) ? [...list] : [...list, text];
}
