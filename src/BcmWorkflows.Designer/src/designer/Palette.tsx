import { useState } from 'react';
import type { ActivityDescriptor } from '../model/activityTypes';
import { paletteGroups, paletteMime } from '../model/palette';
import { ActivityIcon } from './ActivityIcon';

interface PaletteProps {
  descriptors: readonly ActivityDescriptor[];
  /** Enter or click adds the type in the middle of the view (the keyboard way); dragging drops it where released. */
  onAdd: (type: string) => void;
}

/** Activity types from the server by category, searchable; drag one onto the canvas or press Enter on it. */
export function Palette({ descriptors, onAdd }: PaletteProps) {
  const [search, setSearch] = useState('');
  const groups = paletteGroups(descriptors, search);
  return (
    <aside className="palette" aria-label="Activities">
      <label htmlFor="palette-search" className="visually-hidden">Search activities</label>
      <input id="palette-search" type="search" placeholder="Search activities" value={search} onChange={(e) => setSearch(e.target.value)} />
      {groups.length === 0 && <p className="muted" role="status">No activity matches “{search}”.</p>}
      {groups.map((group) => (
        <section key={group.category} aria-label={group.category}>
          <h3>{group.category}</h3>
          <ul>
            {group.items.map((d) => (
              <li key={d.type}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  title={d.description}
                  aria-label={`Add ${d.displayName}`}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(paletteMime, d.type);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => onAdd(d.type)}
                >
                  <ActivityIcon category={d.category} /> {d.displayName}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
