import { useEffect, useState } from 'react';
import { fetchDefinitions } from '../api/client';
import type { DefinitionSummary } from '../api/types';
import { fetchInstances } from './api';
import { apiQuery, type InstanceFilters } from './filters';
import type { InstanceView } from './types';

export type InstancePage = { items: InstanceView[]; total: number };

/** One page of instances for the filters (reloaded when they change), and the definitions for names and the filter. */
export function useInstanceList(filters: InstanceFilters, generation: number) {
  const [page, setPage] = useState<InstancePage>();
  const [error, setError] = useState<string>();
  const [definitions, setDefinitions] = useState<DefinitionSummary[]>([]);
  const query = apiQuery(filters).toString();

  useEffect(() => {
    let live = true;
    setError(undefined);
    fetchInstances(new URLSearchParams(query))
      .then((result) => { if (live) setPage(result); })
      .catch((e: unknown) => {
        if (!live) return;
        setPage(undefined);
        setError(e instanceof Error ? e.message : String(e));
      });
    return () => { live = false; };
  }, [query, generation]);

  useEffect(() => {
    let live = true;
    // Names only; without them the list still works with ids.
    fetchDefinitions().then((list) => { if (live) setDefinitions(list); }).catch(() => undefined);
    return () => { live = false; };
  }, []);

  return { page, error, definitions };
}
