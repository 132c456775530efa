import { Link } from '../router/Link';
import type { OrgUnit, Person } from './peopleApi';
import { orgUnitName } from './peopleFilters';

interface PeopleTableProps {
  people: Person[];
  units: OrgUnit[];
  /** Person id → BCM roles held; undefined while (or if) the roles could not be loaded. */
  held: Map<string, string[]> | undefined;
}

/** One row per person; the name opens the edit form. Opted-out channels are marked beside the address. */
export function PeopleTable({ people, units, held }: PeopleTableProps) {
  return (
    <table className="data">
      <caption className="visually-hidden">People by name</caption>
      <thead><tr>
        <th scope="col">Name</th><th scope="col">Email</th><th scope="col">Phone</th><th scope="col">Language</th>
        <th scope="col">Org unit</th><th scope="col">BCM roles</th>
      </tr></thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <th scope="row"><Link to={`/people/${encodeURIComponent(p.id)}`}>{p.name}</Link></th>
            <td>{p.email ?? '—'}{p.optOut.email && <span className="badge">opted out</span>}</td>
            <td>{p.phone ?? '—'}{p.optOut.sms && <span className="badge">opted out</span>}</td>
            <td>{p.language}</td>
            <td>{orgUnitName(p.orgUnit, units)}</td>
            <td>{held ? (held.get(p.id)?.join(', ') ?? '—') : '…'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
