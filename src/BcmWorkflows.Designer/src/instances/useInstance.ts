import { useCallback, useEffect, useState } from 'react';
import { fetchActivityTypes } from '../api/client';
import { indexDescriptors, type DescriptorLookup } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import { fetchInstance, fetchInstanceDefinition, fetchJournal } from './api';
import { isActive, type InstanceView, type JournalEntry } from './types';

/** How often a running or waiting instance is read again. */
export const pollMilliseconds = 3000;

export interface LoadedRun {
  instance: InstanceView;
  journal: JournalEntry[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The instance and its journal, read again every few seconds while it is Running or Suspended (and never after
 * the page is left); the definition it runs on and the activity descriptors, once. A failed poll keeps what was
 * shown and stops polling until `refresh`.
 */
export function useInstance(instanceId: string) {
  const [run, setRun] = useState<LoadedRun>();
  const [shape, setShape] = useState<{ definition: WorkflowDefinition; descriptors: DescriptorLookup }>();
  const [error, setError] = useState<string>();
  const [shapeError, setShapeError] = useState<string>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([fetchInstanceDefinition(instanceId), fetchActivityTypes()])
      .then(([definition, types]) => { if (live) setShape({ definition, descriptors: indexDescriptors(types) }); })
      .catch((e: unknown) => { if (live) setShapeError(message(e)); });
    return () => { live = false; };
  }, [instanceId]);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const [instance, journal] = await Promise.all([fetchInstance(instanceId), fetchJournal(instanceId)]);
        if (!live) return;
        setRun({ instance, journal });
        setError(undefined);
        if (isActive(instance.status)) timer = setTimeout(() => void load(), pollMilliseconds);
      } catch (e) {
        if (live) setError(message(e));
      }
    };
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [instanceId, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { run, shape, error, shapeError, refresh };
}
