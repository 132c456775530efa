/** `GET /api/auth/me`: no display name, only the email; `personId` is the person linked to the user (null when none). */
export interface Me {
  id: string;
  email: string;
  roles: string[];
  personId?: string | null;
}

/** `GET /api/workflow-definitions` item (`updatedBy` is returned although the contract does not list it yet). */
export interface DefinitionSummary {
  definitionId: string;
  name: string;
  description?: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  updatedAt: string;
  updatedBy?: string | null;
}

export interface SaveResult {
  definitionId: string;
  version: number;
  isLatest: boolean;
  isPublished: boolean;
  /** Problems that do not stop saving (e.g. an unreachable activity), by JSON path. */
  warnings?: Record<string, string[]> | null;
}

export type InstanceStatus = 'Running' | 'Suspended' | 'Finished' | 'Faulted' | 'Cancelled';

/** `GET /api/workflow-definitions/{id}/versions` item, oldest first. */
export interface DefinitionVersion {
  version: number;
  isLatest: boolean;
  isPublished: boolean;
  createdAt: string;
  createdBy: string | null;
  /** The last save of this draft, its publishing or retraction. */
  updatedAt: string;
  updatedBy: string | null;
}
