import type { ActivityDescriptor } from './activityTypes';

export interface PaletteGroup {
  category: string;
  items: ActivityDescriptor[];
}

/** Descriptors grouped by category (alphabetical, items by display name), filtered by words in name, type or description. */
export function paletteGroups(descriptors: readonly ActivityDescriptor[], search = ''): PaletteGroup[] {
  const words = search.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const matches = (d: ActivityDescriptor) => {
    const text = `${d.displayName} ${d.type} ${d.category} ${d.description}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  const groups = new Map<string, ActivityDescriptor[]>();
  for (const d of descriptors) {
    if (!matches(d)) continue;
    groups.set(d.category, [...(groups.get(d.category) ?? []), d]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, items]) => ({ category, items: [...items].sort((a, b) => a.displayName.localeCompare(b.displayName)) }));
}

/** The drag payload's type: a palette item carries the activity type under this MIME type. */
export const paletteMime = 'application/x-bcm-activity-type';
