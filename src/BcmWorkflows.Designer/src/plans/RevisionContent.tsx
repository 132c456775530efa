import { contentSections } from './planLabels';
import type { PlanContent } from './plansApi';

/**
 * The revision's content, read-only: the text sections as the author wrote them (Markdown shown as plain text, line
 * breaks kept, so nothing from the plan is interpreted as HTML), then the recovery steps and the contacts.
 */
export function RevisionContent({ content }: { content: PlanContent }) {
  return (
    <section className="revision-content" aria-labelledby="content-title">
      <h3 id="content-title">Content</h3>
      {contentSections(content).map((s) => (
        <section key={s.key}>
          <h4>{s.title}</h4>
          {s.text ? <div className="plan-text">{s.text}</div> : <p className="muted">Empty.</p>}
        </section>
      ))}
      <h4>Recovery steps</h4>
      {content.recoverySteps.length === 0 ? <p className="muted">None.</p> : (
        <table className="data">
          <caption className="visually-hidden">Recovery steps</caption>
          <thead><tr><th scope="col">Process</th><th scope="col">Step</th><th scope="col">Duration</th><th scope="col">Owner role</th></tr></thead>
          <tbody>
            {content.recoverySteps.map((s, i) => (
              <tr key={i}><th scope="row">{s.processId ?? '—'}</th><td>{s.step ?? '—'}</td><td>{s.duration ?? '—'}</td><td>{s.ownerRole ?? '—'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Contacts</h4>
      {content.contacts.length === 0 ? <p className="muted">None.</p> : (
        <table className="data">
          <caption className="visually-hidden">Contacts</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Phone</th><th scope="col">Email</th><th scope="col">External</th></tr></thead>
          <tbody>
            {content.contacts.map((c, i) => (
              <tr key={i}>
                <th scope="row">{c.name ?? '—'}</th><td>{c.role ?? '—'}</td><td>{c.phone ?? '—'}</td><td>{c.email ?? '—'}</td><td>{c.external ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
