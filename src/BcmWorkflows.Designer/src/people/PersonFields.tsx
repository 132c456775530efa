import type { ReactNode } from 'react';
import { messagesFor, type ErrorReport } from '../common/errors';
import { toggleChannel, type PersonForm } from './peopleFilters';

interface FieldProps {
  /** The request's JSON name, the key of the server's 400 `errors`. */
  path: string;
  label: string;
  error: ErrorReport | undefined;
  hint?: string;
  children: (a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control with the server's messages for its path underneath. */
export function Field({ path, label, error, hint, children }: FieldProps) {
  const id = `person-${path}`;
  const messages = messagesFor(error, path);
  const described = [hint ? `${id}-hint` : '', messages.length > 0 ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, ...(described ? { 'aria-describedby': described } : {}) })}
      {hint && <div id={`${id}-hint`} className="field-hint">{hint}</div>}
      {messages.length > 0 && <ul id={`${id}-errors`} className="field-errors">{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
    </div>
  );
}

/** The paths the form shows under a field; other messages go to the notice above the form. */
export const personFieldPaths = ['name', 'email', 'phone', 'language', 'channels', 'orgUnit', 'userId', 'revision'];

interface PersonFieldsProps {
  form: PersonForm;
  onChange: (form: PersonForm) => void;
  error: ErrorReport | undefined;
  orgUnitIds: string[];
}

/** Every field of a person; the text is kept as typed whatever the server answers. */
export function PersonFields({ form, onChange, error, orgUnitIds }: PersonFieldsProps) {
  const text = (name: keyof PersonForm) => (e: { target: { value: string } }) => onChange({ ...form, [name]: e.target.value });
  const flag = (name: keyof PersonForm) => (e: { target: { checked: boolean } }) => onChange({ ...form, [name]: e.target.checked });
  return (
    <>
      <Field path="name" label="Name (required)" error={error}>{(a) => <input {...a} value={form.name} onChange={text('name')} required />}</Field>
      <Field path="email" label="Email" error={error}>{(a) => <input {...a} type="email" value={form.email} onChange={text('email')} />}</Field>
      <Field path="phone" label="Mobile phone" error={error} hint="Stored in international form (E.164), e.g. +49 151 1234567.">
        {(a) => <input {...a} type="tel" value={form.phone} onChange={text('phone')} />}</Field>
      <Field path="language" label="Language" error={error} hint="A language tag such as en or de; empty: the server's default.">
        {(a) => <input {...a} value={form.language} onChange={text('language')} size={8} />}</Field>
      <fieldset className="field" aria-describedby={messagesFor(error, 'channels').length > 0 ? 'person-channels-errors' : undefined}>
        <legend>Channels, in order of preference</legend>
        {(['Sms', 'Email'] as const).map((c) => (
          <label key={c}>
            <input type="checkbox" checked={form.channels.includes(c)}
              onChange={(e) => onChange({ ...form, channels: toggleChannel(form.channels, c, e.target.checked) })} />
            {' '}{c === 'Sms' ? 'SMS' : 'Email'}{form.channels.includes(c) && ` (${form.channels.indexOf(c) + 1})`}{' '}
          </label>
        ))}
        {messagesFor(error, 'channels').length > 0 && (
          <ul id="person-channels-errors" className="field-errors">{messagesFor(error, 'channels').map((m) => <li key={m}>{m}</li>)}</ul>
        )}
      </fieldset>
      <fieldset className="field">
        <legend>Opted out (set by a STOP reply, or here)</legend>
        <label><input type="checkbox" checked={form.optOutSms} onChange={flag('optOutSms')} /> No SMS</label>{' '}
        <label><input type="checkbox" checked={form.optOutEmail} onChange={flag('optOutEmail')} /> No email</label>
      </fieldset>
      <Field path="orgUnit" label="Org unit" error={error}>
        {(a) => <input {...a} value={form.orgUnit} onChange={text('orgUnit')} list="person-org-units" />}</Field>
      <datalist id="person-org-units">{orgUnitIds.map((id) => <option key={id} value={id} />)}</datalist>
      <Field path="userId" label="User account id" error={error} hint="Links the person to a sign-in account (for My tasks and acknowledgements).">
        {(a) => <input {...a} value={form.userId} onChange={text('userId')} />}</Field>
    </>
  );
}
