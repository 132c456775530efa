import { useEffect, useState, type FormEvent } from 'react';
import type { DefinitionSummary, InstanceStatus } from '../api/types';
import { pageSizes, withFilter, type InstanceFilters } from './filters';
import { instanceStatuses } from './types';

interface InstanceFiltersFormProps {
  filters: InstanceFilters;
  definitions: readonly DefinitionSummary[];
  onChange: (filters: InstanceFilters) => void;
}

/** Workflow and status apply at once; the correlation id when the form is submitted (Enter or Filter). */
export function InstanceFiltersForm({ filters, definitions, onChange }: InstanceFiltersFormProps) {
  const [correlationId, setCorrelationId] = useState(filters.correlationId);
  useEffect(() => setCorrelationId(filters.correlationId), [filters.correlationId]);
  const known = definitions.some((d) => d.definitionId === filters.definitionId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(withFilter(filters, { correlationId: correlationId.trim() }));
  };

  return (
    <form className="instance-filters" role="search" aria-label="Filter instances" onSubmit={submit}>
      <label>
        Workflow
        <select value={filters.definitionId} onChange={(e) => onChange(withFilter(filters, { definitionId: e.target.value }))}>
          <option value="">All workflows</option>
          {filters.definitionId && !known && <option value={filters.definitionId}>{filters.definitionId}</option>}
          {definitions.map((d) => <option key={d.definitionId} value={d.definitionId}>{d.name || d.definitionId}</option>)}
        </select>
      </label>
      <label>
        Status
        <select value={filters.status} onChange={(e) => onChange(withFilter(filters, { status: e.target.value as InstanceStatus | '' }))}>
          <option value="">Any status</option>
          {instanceStatuses.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        Correlation id
        <input value={correlationId} onChange={(e) => setCorrelationId(e.target.value)} />
      </label>
      <label>
        Per page
        <select value={filters.pageSize} onChange={(e) => onChange(withFilter(filters, { pageSize: Number(e.target.value) }))}>
          {[...new Set([...pageSizes, filters.pageSize])].sort((a, b) => a - b).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}
