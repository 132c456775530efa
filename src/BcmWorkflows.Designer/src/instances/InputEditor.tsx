import type { InputField } from './inputForm';

interface InputEditorProps {
  field: InputField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** One workflow input: label with type and "required", the description, an editor by type, its error inline. */
export function InputEditor({ field, value, error, onChange }: InputEditorProps) {
  const id = `run-input-${field.name}`;
  const describedBy = [field.description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': field.required || undefined };
  return (
    <div className="run-input">
      <label htmlFor={id}>
        {field.name} <small className="muted">{field.type}{field.required && ', required'}</small>
      </label>
      {field.kind === 'Boolean' ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">(not set)</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      ) : field.kind === 'Json' ? (
        <textarea {...common} rows={4} spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={field.kind === 'Number' ? 'decimal' : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {field.description && <small id={`${id}-hint`}>{field.description}</small>}
      {error && <small id={`${id}-error`} className="field-error">{error}</small>}
    </div>
  );
}
