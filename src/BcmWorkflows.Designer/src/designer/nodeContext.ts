import { createContext, useContext } from 'react';
import type { DescriptorLookup } from '../model/activityTypes';
import type { LocatedProblem } from '../model/problems';

/** What every node needs from the page without going through React Flow's node data: categories and problems. */
export interface NodeContextValue {
  descriptors: DescriptorLookup;
  problems: ReadonlyMap<string, LocatedProblem[]>;
}

export const NodeContext = createContext<NodeContextValue>({ descriptors: new Map(), problems: new Map() });

export const useNodeContext = () => useContext(NodeContext);
