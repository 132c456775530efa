import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, type ErrorReport } from '../common/errors';
import { importPeople, type ImportResult } from './peopleApi';
import { importProblems } from './peopleFilters';

/**
 * Import a people CSV (header `id,name,email,phone,language,channels,orgUnit`; `id` updates that person). All or
 * nothing: a wrong row stores nothing, and every problem is listed by spreadsheet row.
 */
export function PeopleImport({ onImported }: { onImported: () => void }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<ErrorReport>();

  const upload = async (file: File) => {
    setBusy(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await importPeople(await file.text()));
      onImported();
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(false);
    }
  };

  const groups = error ? importProblems(error.messages) : [];
  return (
    <section className="import" aria-label="Import people">
      <label>
        Import CSV{' '}
        <input type="file" accept=".csv,text/csv" disabled={busy}
          onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void upload(file); }} />
      </label>
      <span className="muted"> Columns: id (to update), name, email, phone, language, channels, orgUnit.</span>
      {busy && <p role="status">Importing…</p>}
      {result && <p role="status">Imported: {result.created} created, {result.updated} updated.</p>}
      {error && (
        <div>
          {/* The rows are in the table below; the server's detail repeats them in one line, so it is left out then. */}
          <ErrorNotice report={groups.length > 0 ? { status: error.status, title: error.title, messages: [] } : error} />
          {groups.length > 0 && (
            <table className="data">
              <caption>Problems by row (the header is row 1)</caption>
              <thead><tr><th scope="col">Row</th><th scope="col">Column</th><th scope="col">Problem</th></tr></thead>
              <tbody>
                {groups.flatMap((g) => g.messages.map((m, i) => (
                  <tr key={`${g.row ?? 'file'}:${i}`}>
                    <th scope="row">{g.row ?? 'file'}</th><td>{m.column ?? '—'}</td><td>{m.message}</td>
                  </tr>
                )))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
