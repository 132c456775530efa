import type { ActivityDescriptor, DescriptorLookup } from './activityTypes';
import type { ActivityDefinition, ConnectionDefinition, JsonValue } from './definition';

/** One outcome port of a node. `known` is false for a port a connection uses but the activity does not have. */
export interface OutcomePort {
  name: string;
  known: boolean;
}

type DynamicOutcomes = (activity: ActivityDefinition) => string[];

/** Mirrors the server's IHasDynamicOutcomes.GetOutcomes for the activity types that compute their ports. */
const dynamicOutcomes: Record<string, DynamicOutcomes> = {
  Switch: switchOutcomes,
  UserTask: userTaskOutcomes,
};

/** The ports the server gives this configured activity; `undefined` when its type is unknown here. */
export function expectedOutcomes(activity: ActivityDefinition, descriptor: ActivityDescriptor | undefined): string[] | undefined {
  const dynamic = dynamicOutcomes[activity.type];
  if (dynamic) return dynamic(activity);
  return descriptor?.outcomes;
}

/**
 * Every port the node shows: the expected ones, then any other port an existing connection leaves from
 * (marked unknown, so the edge is still drawn and the designer can point at it).
 */
export function outcomePorts(
  activity: ActivityDefinition,
  descriptors: DescriptorLookup,
  outgoing: readonly ConnectionDefinition[],
): OutcomePort[] {
  const expected = expectedOutcomes(activity, descriptors.get(activity.type)) ?? [];
  const ports: OutcomePort[] = expected.map((name) => ({ name, known: true }));
  const names = new Set(expected);
  for (const connection of outgoing) {
    const port = connection.source.port;
    if (names.has(port)) continue;
    names.add(port);
    ports.push({ name: port, known: false });
  }
  return ports;
}

/** One port per case name (in order, blanks and repeats left out), then `Default`. */
export function switchOutcomes(activity: ActivityDefinition): string[] {
  const cases = activity.inputs?.['cases'];
  const names = cases && Array.isArray(cases.value) ? cases.value.map(caseName) : [];
  return distinct([...names.filter((n): n is string => !!n), 'Default']);
}

/** The literal `outcomes` list; `Done` when it is missing or not a literal list. */
export function userTaskOutcomes(activity: ActivityDefinition): string[] {
  const outcomes = activity.inputs?.['outcomes'];
  if (!outcomes || outcomes.value === null) return ['Done'];
  if (outcomes.type !== 'Literal' || !Array.isArray(outcomes.value)) return ['Done'];
  return distinct(outcomes.value.filter((o): o is string => typeof o === 'string' && o.trim() !== ''));
}

function caseName(item: JsonValue): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const name = item['name'];
  return typeof name === 'string' ? name : undefined;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
