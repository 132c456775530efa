import { useEffect } from 'react';
import { setNavigationGuard } from '../router/navigation';

const message = 'This workflow has unsaved changes. Leave anyway? (They stay in this browser tab until you sign out or close it.)';

/** Asks before leaving the page (other section, reload, closing the tab) while there are unsaved edits. */
export function useUnsavedGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = message; // older browsers want it set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const removeGuard = setNavigationGuard(() => message);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      removeGuard();
    };
  }, [unsaved]);
}
