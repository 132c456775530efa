import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ActivityNode } from '../model/graph';

/** A node: name and type, a target handle on the left, one labelled source handle per outcome port on the right. */
export function ActivityNodeView({ data, id }: NodeProps<ActivityNode>) {
  const { activity, ports, knownType, highlight } = data;
  return (
    <div className={['activity-node', knownType ? '' : 'unknown', highlight ?? ''].filter(Boolean).join(' ')}>
      <Handle type="target" position={Position.Left} aria-label={`Into ${activity.name ?? id}`} />
      <header>
        <strong>{activity.name ?? id}</strong>
        <small>{activity.type}</small>
      </header>
      {ports.map((port) => (
        <div key={port.name} className={port.known ? 'port' : 'port unknown'}>
          {port.name}
          <Handle type="source" id={port.name} position={Position.Right} aria-label={`${activity.name ?? id}: ${port.name}`} />
        </div>
      ))}
    </div>
  );
}
