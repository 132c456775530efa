import { useEffect, useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, otherMessages, type ErrorReport } from '../common/errors';
import { formatDateTime } from '../common/format';
import { useLoad } from '../common/useLoad';
import { Link } from '../router/Link';
import { navigate } from '../router/navigation';
import { createPerson, fetchOrgUnits, fetchPerson, updatePerson, type Person } from './peopleApi';
import { emptyPersonForm, formFromPerson, requestFromForm, type PersonForm } from './peopleFilters';
import { PersonFields, personFieldPaths } from './PersonFields';

async function loadPerson(personId: string | undefined) {
  const [person, units] = await Promise.all([personId ? fetchPerson(personId) : Promise.resolve(undefined), fetchOrgUnits().catch(() => [])]);
  return { person, unitIds: units.map((u) => u.id) };
}

/** `/people/new` and `/people/:id`: the person form; a 400 puts each message under its field, a 409 says reload. */
export function PersonPage({ personId }: { personId: string | undefined }) {
  const { data, error: loadError, loading, reload } = useLoad(() => loadPerson(personId), personId ?? 'new');
  const [form, setForm] = useState<PersonForm>(emptyPersonForm);
  const [person, setPerson] = useState<Person>();
  const [error, setError] = useState<ErrorReport>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    if (!data) return;
    setPerson(data.person);
    setForm(data.person ? formFromPerson(data.person) : emptyPersonForm);
  }, [data]);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const result = person ? await updatePerson(person.id, requestFromForm(form, person.revision)) : await createPerson(requestFromForm(form));
      setPerson(result);
      setForm(formFromPerson(result));
      setSaved(`${result.name} was saved.`);
      if (!person) navigate(`/people/${encodeURIComponent(result.id)}`, { replace: true });
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="people-page person-page">
      <p><Link to="/people">← All people</Link></p>
      <h1>{personId ? (person?.name ?? 'Person') : 'New person'}</h1>
      <ErrorNotice report={loadError} onRetry={reload} />
      {!data && loading && <p>Loading…</p>}
      {data && (
        <form className="person-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
          {person && <p className="muted">Revision {person.revision}, last changed {formatDateTime(person.updatedAt)}.</p>}
          {error && <ErrorNotice report={{ ...error, messages: otherMessages(error, personFieldPaths) }} />}
          {error?.status === 409 && <button type="button" onClick={reload}>Reload the person (your changes here are replaced)</button>}
          <PersonFields form={form} onChange={setForm} error={error} orgUnitIds={data.unitIds} />
          <div className="row-buttons">
            <button type="submit" disabled={saving}>{saving ? 'Saving…' : person ? 'Save changes' : 'Create person'}</button>
          </div>
          {saved && <p role="status">{saved}</p>}
        </form>
      )}
    </main>
  );
}
