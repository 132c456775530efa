import { useEffect, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { navigate } from '../router/navigation';
import { useLocation } from '../router/useLocation';
import { fetchBcmRoles, fetchOrgUnits, fetchPeople } from './peopleApi';
import { filtersFromQuery, peoplePageSize, queryFromFilters, rangeText, rolesByPerson, type PeopleFilters } from './peopleFilters';
import { PeopleImport } from './PeopleImport';
import { PeopleTable } from './PeopleTable';
import { Pager } from '../common/Pager';

/** Org units and BCM roles change rarely: loaded once per visit; without them the list still shows ids. */
async function loadDirectory() {
  const [units, roles] = await Promise.all([fetchOrgUnits().catch(() => []), fetchBcmRoles().catch(() => [])]);
  return { units, held: rolesByPerson(roles) };
}

/** `/people`: search and org unit in the URL query, a page of 50 at a time, new person, CSV import. */
export function PeoplePage() {
  const { search } = useLocation();
  const filters = filtersFromQuery(search);
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filtersFromQuery(search)), [search]);
  const list = useLoad(() => fetchPeople({ ...filters, pageSize: peoplePageSize }), queryFromFilters(filters));
  const directory = useLoad(loadDirectory, 'directory');
  const show = (next: PeopleFilters) => navigate(`/people${queryFromFilters(next)}`);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / peoplePageSize)) : 1;

  return (
    <main className="people-page">
      <div className="page-header">
        <h1>People</h1>
        <Link to="/people/new" className="button-link">New person</Link>
        <button type="button" onClick={list.reload}>Refresh</button>
      </div>
      <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); show({ ...draft, page: 1 }); }}>
        <label>Search <input type="search" value={draft.search} onChange={(e) => setDraft({ ...draft, search: e.target.value })}
          placeholder="name, email or phone" /></label>
        <label>Org unit <input value={draft.orgUnit} list="org-unit-options" onChange={(e) => setDraft({ ...draft, orgUnit: e.target.value })} size={14} /></label>
        <datalist id="org-unit-options">{directory.data?.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}</datalist>
        <button type="submit">Filter</button>
        {(filters.search || filters.orgUnit) && <button type="button" onClick={() => show({ search: '', orgUnit: '', page: 1 })}>Clear</button>}
      </form>
      <PeopleImport onImported={list.reload} />
      <ErrorNotice report={list.error} onRetry={list.reload} />
      {!list.data && list.loading && <p>Loading…</p>}
      {list.data && (
        <>
          <p role="status">{rangeText(filters, list.data.people.length, list.data.total)}</p>
          {list.data.people.length > 0 && (
            <PeopleTable people={list.data.people} units={directory.data?.units ?? []} held={directory.data?.held} />
          )}
          <Pager page={filters.page} pages={pages} onPage={(page) => show({ ...filters, page })} />
        </>
      )}
    </main>
  );
}
