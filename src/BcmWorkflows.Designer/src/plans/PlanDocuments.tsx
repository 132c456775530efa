import { useState } from 'react';
import { ErrorNotice } from '../common/ErrorNotice';
import { errorReport, type ErrorReport } from '../common/errors';
import { downloadDocument } from './planDocument';
import { documentFormats, renderDocuments, type DocumentFormat } from './plansApi';

interface PlanDocumentsProps {
  planId: string;
  revision: number;
  /** Coordinators may render the documents now (the server renders them on publishing too). */
  mayRender: boolean;
}

/** Download the revision's rendered document as HTML or Word; a document never rendered is the server's 404, shown. */
export function PlanDocuments({ planId, revision, mayRender }: PlanDocumentsProps) {
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ErrorReport>();
  const [done, setDone] = useState<string>();

  const run = async (label: string, action: () => Promise<unknown>, message: string) => {
    setBusy(label);
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      setDone(message);
    } catch (e) {
      setError(errorReport(e));
    } finally {
      setBusy(undefined);
    }
  };
  const download = (format: DocumentFormat) =>
    run(format, () => downloadDocument(planId, revision, format), `The ${format.toUpperCase()} document of revision ${revision} was downloaded.`);

  return (
    <section className="plan-documents" aria-label="Documents">
      <div className="row-buttons">
        {documentFormats.map((f) => (
          <button key={f} type="button" disabled={busy !== undefined} onClick={() => void download(f)}>
            Download {f === 'html' ? 'HTML' : 'Word (docx)'}
          </button>
        ))}
        {mayRender && (
          <button type="button" disabled={busy !== undefined}
            onClick={() => void run('render', () => renderDocuments(planId, revision), `The documents of revision ${revision} were rendered.`)}>
            {busy === 'render' ? 'Rendering…' : 'Render documents now'}
          </button>
        )}
      </div>
      {done && <p role="status">{done}</p>}
      <ErrorNotice report={error} />
    </section>
  );
}
