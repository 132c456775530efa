import { useCallback, useEffect, useState } from 'react';
import { countInstances, fetchDefinitions } from '../api/client';
import type { DefinitionSummary } from '../api/types';
import type { InstanceCounts } from './rows';

/**
 * The definitions, then their running/waiting instance counts (two small requests per definition: the API has no
 * count in the list yet). A failed count leaves that row's count unknown.
 */
export function useWorkflowList() {
  const [summaries, setSummaries] = useState<DefinitionSummary[]>();
  const [counts, setCounts] = useState<ReadonlyMap<string, InstanceCounts>>(new Map());
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setError(undefined);
    fetchDefinitions()
      .then(async (list) => {
        if (!live) return;
        setSummaries(list);
        for (const s of list) {
          Promise.all([countInstances(s.definitionId, 'Running'), countInstances(s.definitionId, 'Suspended')])
            .then(([running, suspended]) => {
              if (live) setCounts((old) => new Map(old).set(s.definitionId, { running, suspended }));
            })
            .catch(() => undefined);
        }
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => { live = false; };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { summaries, counts, error, reload };
}
