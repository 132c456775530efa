import { useCallback, useRef, useState } from 'react';
import { publishLatest, saveDraftGuarded } from '../api/client';
import { pathMessages, locateProblems, type LocatedProblem } from '../model/problems';
import { withoutServerFields, type WorkflowDefinition } from '../model/definition';
import { describeSaveFailure } from './saveOutcome';

/** The version the designer edits, as the server last described it. */
export interface VersionInfo {
  version: number | undefined;
  isPublished: boolean;
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; action: 'save' | 'publish' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string; conflict: boolean };

interface Options {
  present: () => WorkflowDefinition;
  markSaved: (definition: WorkflowDefinition) => void;
  initialETag: string | undefined;
  initialVersion: VersionInfo;
}

/**
 * Save draft and publish with the latest version's ETag, so that someone else's save or publish in between is
 * noticed (412) instead of overwritten. Problems and warnings come back located on activities; the edits stay.
 */
export function useSaveAndPublish({ present, markSaved, initialETag, initialVersion }: Options) {
  const etag = useRef(initialETag);
  const [version, setVersion] = useState<VersionInfo>(initialVersion);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [problems, setProblems] = useState<LocatedProblem[]>([]);

  const fail = useCallback((error: unknown, sent: WorkflowDefinition, action: 'save' | 'publish') => {
    const failure = describeSaveFailure(error, sent, action);
    setProblems(failure.problems);
    setStatus({ kind: 'failed', message: failure.message, conflict: failure.conflict });
    return false;
  }, []);

  const saveCore = useCallback(async (guarded: boolean): Promise<boolean> => {
    const current = present();
    const sent = withoutServerFields(current);
    setStatus({ kind: 'busy', action: 'save' });
    try {
      const saved = await saveDraftGuarded(sent, guarded ? etag.current : undefined);
      etag.current = saved.etag;
      markSaved(current);
      setVersion({ version: saved.data.version, isPublished: saved.data.isPublished });
      const warnings = locateProblems(sent, [], pathMessages(saved.data.warnings));
      setProblems(warnings);
      setStatus({ kind: 'done', message: `Saved as draft version ${saved.data.version}${warnings.length > 0 ? ` with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}.` });
      return true;
    } catch (error) {
      return fail(error, sent, 'save');
    }
  }, [present, markSaved, fail]);

  const save = useCallback((options: { overwrite?: boolean } = {}) => saveCore(!options.overwrite), [saveCore]);

  /** Saves first when there are unsaved edits, then publishes the latest version. */
  const publish = useCallback(async (unsaved: boolean) => {
    if (unsaved && !(await saveCore(true))) return false;
    const sent = withoutServerFields(present());
    setStatus({ kind: 'busy', action: 'publish' });
    try {
      const published = await publishLatest(sent.definitionId, etag.current);
      etag.current = published.etag;
      setVersion({ version: published.data.version, isPublished: true });
      setProblems([]);
      setStatus({ kind: 'done', message: `Published version ${published.data.version}: new instances start on it.` });
      return true;
    } catch (error) {
      return fail(error, sent, 'publish');
    }
  }, [present, saveCore, fail]);

  return { save, publish, status, problems, version, etag: () => etag.current, setETag: (value: string | undefined) => { etag.current = value; } };
}
