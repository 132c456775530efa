// What GET /api/activity-types returns (ListActivityTypes.Descriptor on the server).

export interface InputDescriptor {
  name: string;
  /** `String`, `Boolean`, `Number`, `Duration`, `Object`, `Array` or `Any`. */
  type: string;
  required: boolean;
  description: string;
  /** A hint for the property panel, e.g. `Cases`, `Outcomes`, `Template`, `Person`. */
  uiHint: string | null;
  options: string[] | null;
}

export interface OutputDescriptor {
  name: string;
  type: string;
  description: string;
}

export interface ActivityDescriptor {
  type: string;
  displayName: string;
  category: string;
  description: string;
  inputs: InputDescriptor[];
  /** The fixed ports; for activities with dynamic outcomes, the ports of an unconfigured activity. */
  outcomes: string[];
  /** True when ports are computed from the activity's inputs (Switch cases, UserTask outcomes). */
  hasDynamicOutcomes: boolean;
  outputs: OutputDescriptor[];
}

export type DescriptorLookup = ReadonlyMap<string, ActivityDescriptor>;

export function indexDescriptors(descriptors: readonly ActivityDescriptor[]): DescriptorLookup {
  return new Map(descriptors.map((d) => [d.type, d]));
}
