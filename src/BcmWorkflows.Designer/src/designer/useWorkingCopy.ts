import { useEffect } from 'react';
import { clearWorkingCopy, saveWorkingCopy } from '../api/workingCopy';
import { hasUnsavedChanges, type HistoryState } from '../model/history';

/**
 * Mirrors unsaved edits into sessionStorage on every change, so that a redirect to the sign-in page (expired
 * session) or a reload finds them again. Back at the saved state, the copy goes. Unmounting keeps it.
 */
export function useWorkingCopy(state: HistoryState, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    if (hasUnsavedChanges(state)) saveWorkingCopy(state.present);
    else clearWorkingCopy(state.present.definitionId);
  }, [state, enabled]);
}
