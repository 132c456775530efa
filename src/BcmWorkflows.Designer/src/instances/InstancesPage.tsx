import { useState } from 'react';
import { navigate } from '../router/navigation';
import { useLocation } from '../router/useLocation';
import { filtersFromQuery, pageCount, queryFromFilters, rangeText, type InstanceFilters } from './filters';
import { InstanceFiltersForm } from './InstanceFiltersForm';
import { InstanceTable } from './InstanceTable';
import { useInstanceList } from './useInstanceList';
import { Pager } from '../common/Pager';

/** `/instances`: filters and page live in the URL query, so a filtered list can be bookmarked and shared. */
export function InstancesPage() {
  const { search } = useLocation();
  const filters = filtersFromQuery(search);
  const [generation, setGeneration] = useState(0);
  const { page, error, definitions } = useInstanceList(filters, generation);
  const show = (next: InstanceFilters) => navigate(`/instances${queryFromFilters(next)}`);
  const pages = page ? pageCount(page.total, filters.pageSize) : 1;

  return (
    <main className="instances-page">
      <div className="page-header">
        <h1>Instances</h1>
        <button type="button" onClick={() => setGeneration((g) => g + 1)}>Refresh</button>
      </div>
      <InstanceFiltersForm filters={filters} definitions={definitions} onChange={show} />
      {error && (
        <p className="error" role="alert">
          {error} <button type="button" onClick={() => setGeneration((g) => g + 1)}>Retry</button>
        </p>
      )}
      {!page && !error && <p>Loading…</p>}
      {page && (
        <>
          <p role="status">{rangeText(filters, page.items.length, page.total)}</p>
          {page.items.length > 0 && <InstanceTable items={page.items} definitions={definitions} />}
          <Pager page={filters.page} pages={pages} onPage={(page) => show({ ...filters, page })} />
        </>
      )}
    </main>
  );
}
