import { useEffect, useRef } from 'react';
import { clearWorkingCopy, saveWorkingCopy } from '../api/workingCopy';
import { hasUnsavedChanges, type HistoryState } from '../model/history';

const delayMs = 300;

/**
 * Mirrors unsaved edits into sessionStorage, so that a redirect to the sign-in page (expired session) or a reload
 * finds them again. Writing a large workflow on every keystroke costs, so writes wait for a pause in typing (and
 * happen at once when the page is hidden or left). Back at the saved state, the copy goes. Unmounting keeps it.
 */
export function useWorkingCopy(state: HistoryState, enabled = true): void {
  const pending = useRef<() => void>(undefined);

  useEffect(() => {
    if (!enabled) return;
    const write = () => {
      pending.current = undefined;
      if (hasUnsavedChanges(state)) saveWorkingCopy(state.present);
      else clearWorkingCopy(state.present.definitionId);
    };
    pending.current = write;
    const timer = window.setTimeout(write, delayMs);
    return () => window.clearTimeout(timer);
  }, [state, enabled]);

  // Whatever is still waiting is written before the page goes away, and when the designer closes.
  useEffect(() => {
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
