import { useEffect, useRef } from 'react';
import { copySelection, pasteClipboard, type Clipboard } from '../model/clipboard';
import type { WorkflowDefinition } from '../model/definition';
import type { Command } from '../model/history';

interface Keys {
  present: WorkflowDefinition;
  selected: ReadonlySet<string>;
  readOnly: boolean;
  run: (command: Command) => void;
  undo: () => void;
  redo: () => void;
  save: () => void;
  select: (ids: ReadonlySet<string>) => void;
}

/**
 * The designer's shortcuts: Ctrl+S saves from anywhere (the browser's "save page" is never what is meant);
 * undo/redo/copy/paste act on the canvas, and leave text fields to their own undo and clipboard.
 */
export function useDesignerKeys(keys: Keys): void {
  const latest = useRef(keys);
  latest.current = keys;
  const clipboard = useRef<Clipboard | undefined>(undefined);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const k = latest.current;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        if (!k.readOnly) k.save();
        return;
      }
      if (k.readOnly || (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]'))) return;
      if (key === 'z' && !event.shiftKey) k.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) k.redo();
      else if (key === 'c') clipboard.current = copySelection(k.present, k.selected);
      else if (key === 'v' && clipboard.current) {
        const paste = pasteClipboard(k.present, clipboard.current);
        k.run(paste.command);
        k.select(new Set(paste.idMap.values()));
      } else if (key === 'a') k.select(new Set(k.present.root.activities.map((a) => a.id)));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
