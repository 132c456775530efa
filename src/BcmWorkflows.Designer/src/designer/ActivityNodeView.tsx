import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ActivityNode } from '../model/graph';
import { ActivityIcon } from './ActivityIcon';
import { useNodeContext } from './nodeContext';

/**
 * A node: type icon, name and type, a target handle on the left, one labelled source handle per outcome port on
 * the right, and the server's problems for it as a badge (the messages are in the property panel and the tooltip).
 */
export function ActivityNodeView({ data, id }: NodeProps<ActivityNode>) {
  const { activity, ports, knownType, highlight } = data;
  const { descriptors, problems } = useNodeContext();
  const descriptor = descriptors.get(activity.type);
  const mine = problems.get(id) ?? [];
  const errors = mine.filter((p) => p.severity === 'error').length;
  const name = activity.name ?? id;
  const classes = ['activity-node', knownType ? '' : 'unknown', highlight ?? '', errors > 0 ? 'has-errors' : mine.length > 0 ? 'has-warnings' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')} title={mine.map((p) => p.message).join('\n') || undefined}>
      <Handle type="target" position={Position.Left} aria-label={`Into ${name}`} />
      <header>
        <ActivityIcon category={descriptor?.category} />
        <span className="titles">
          <strong>{name}</strong>
          <small>{descriptor?.displayName ?? activity.type}</small>
        </span>
        {mine.length > 0 && (
          <span className={errors > 0 ? 'problem-badge error' : 'problem-badge warning'} aria-label={`${mine.length} problem${mine.length === 1 ? '' : 's'}: ${mine.map((p) => p.message).join(' ')}`}>
            {mine.length}
          </span>
        )}
      </header>
      {ports.map((port) => (
        <div key={port.name} className={port.known ? 'port' : 'port unknown'}>
          {port.name}
          <Handle type="source" id={port.name} position={Position.Right} aria-label={`${name}: ${port.name}`} />
        </div>
      ))}
    </div>
  );
}
