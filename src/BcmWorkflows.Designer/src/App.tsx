import { useEffect, useState } from 'react';
import { fetchActivityTypes, fetchDefinition } from './api/client';
import { Canvas } from './designer/Canvas';
import { indexDescriptors, type DescriptorLookup } from './model/activityTypes';
import type { WorkflowDefinition } from './model/definition';
import { toDefinition, toGraph } from './model/graph';

type Loaded = { definition: WorkflowDefinition; descriptors: DescriptorLookup };

/** For now: opens `?workflow=<definitionId>` in the designer (the workflows list and sign-in come later). */
export function App() {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const definitionId = new URLSearchParams(window.location.search).get('workflow') ?? 'incident-escalation';

  useEffect(() => {
    Promise.all([fetchActivityTypes(), fetchDefinition(definitionId)])
      .then(([types, definition]) => {
        const descriptors = indexDescriptors(types);
        // Lay out a definition without positions once, before history starts.
        setLoaded({ definition: toDefinition(definition, toGraph(definition, descriptors)), descriptors });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [definitionId]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!loaded) return <p>Loading…</p>;
  return <Canvas definition={loaded.definition} descriptors={loaded.descriptors} />;
}
