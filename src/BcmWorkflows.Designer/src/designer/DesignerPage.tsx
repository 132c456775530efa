import { useEffect, useState } from 'react';
import { fetchActivityTypes, fetchDefinition } from '../api/client';
import { loadWorkingCopy } from '../api/workingCopy';
import { indexDescriptors, type DescriptorLookup } from '../model/activityTypes';
import type { WorkflowDefinition } from '../model/definition';
import { toDefinition, toGraph } from '../model/graph';
import { Canvas } from './Canvas';

type Loaded = { definition: WorkflowDefinition; descriptors: DescriptorLookup; restored: WorkflowDefinition | undefined };

/** Opens the latest version of a definition on the canvas, with any unsaved edits kept in this browser tab. */
export function DesignerPage({ definitionId }: { definitionId: string }) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    setError(undefined);
    Promise.all([fetchActivityTypes(), fetchDefinition(definitionId)])
      .then(([types, definition]) => {
        if (!live) return;
        const descriptors = indexDescriptors(types);
        // Lay out a definition without positions once, before history starts.
        setLoaded({ definition: toDefinition(definition, toGraph(definition, descriptors)), descriptors, restored: loadWorkingCopy(definitionId) });
      })
      .catch((e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      });
    return () => { live = false; };
  }, [definitionId]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!loaded) return <p>Loading…</p>;
  return (
    <>
      {loaded.restored && <p role="status" className="notice">Unsaved edits from earlier in this tab were restored (Undo drops them).</p>}
      <Canvas key={definitionId} definition={loaded.definition} descriptors={loaded.descriptors} restored={loaded.restored} />
    </>
  );
}
