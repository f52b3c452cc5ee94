import type { ComponentChildren } from 'preact';
import { t } from '../i18n/messages.ts';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  children: ComponentChildren;
}

/** Ids a control inside a `Field` should point `aria-describedby` at. */
export function describedBy(id: string, { hint, error }: { hint?: string; error?: string | undefined }) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Label, control, hint and the server's message for this field, kept together. */
export function Field({ id, label, hint, error, required, children }: FieldProps) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {required && (
          <span class="required" title={t('common.required')}>
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel';
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
  maxLength?: number;
}

export function TextField({
  id,
  label,
  value,
  onValue,
  type = 'text',
  hint,
  error,
  required,
  ...rest
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={id}
        // Preact's input typings are a union keyed by `type`; all of ours accept the same attributes.
        type={type as 'text'}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...rest}
      />
    </Field>
  );
}
