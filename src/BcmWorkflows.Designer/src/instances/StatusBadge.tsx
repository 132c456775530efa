import type { InstanceStatus } from '../api/types';

export function StatusBadge({ status }: { status: InstanceStatus }) {
  return <span className={`status status-${status.toLowerCase()}`}>{status}</span>;
}
