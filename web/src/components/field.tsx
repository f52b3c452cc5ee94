import type { ComponentChildren } from 'preact';
import { t } from '../i18n/messages.ts';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Something to check that does not block saving (e.g. a price above the guidance caps). */
  warning?: string | undefined;
  required?: boolean;
  children: ComponentChildren;
}

/** Ids a control inside a `Field` should point `aria-describedby` at. */
export function describedBy(
  id: string,
  { hint, error, warning }: { hint?: string; error?: string | undefined; warning?: string | undefined },
) {
  return (
    [hint ? `${id}-hint` : '', error ? `${id}-error` : '', warning ? `${id}-warning` : '']
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** Label, control, hint and the server's message for this field, kept together. */
export function Field({ id, label, hint, error, warning, required, children }: FieldProps) {
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
      {warning && (
        <p class="field-warning" id={`${id}-warning`}>
          {warning}
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
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'search';
  hint?: string;
  error?: string | undefined;
  warning?: string | undefined;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  maxLength?: number;
  disabled?: boolean;
  placeholder?: string;
}

export function TextField({
  id,
  label,
  value,
  onValue,
  type = 'text',
  hint,
  error,
  warning,
  required,
  ...rest
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} warning={warning} required={required}>
      <input
        id={id}
        name={id}
        // Preact's input typings are a union keyed by `type`; all of ours accept the same attributes.
        type={type as 'text'}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint, error, warning })}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...rest}
      />
    </Field>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  warning?: string | undefined;
  required?: boolean;
  rows?: number;
  maxLength?: number;
}

export function TextAreaField({
  id,
  label,
  value,
  onValue,
  hint,
  error,
  warning,
  required,
  ...rest
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} warning={warning} required={required}>
      <textarea
        id={id}
        name={id}
        value={value}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint, error, warning })}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...rest}
      />
    </Field>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: readonly SelectOption[];
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
}

export function SelectField({
  id,
  label,
  value,
  onValue,
  options,
  hint,
  error,
  required,
  disabled,
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={id}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  error?: string | undefined;
}

/** A yes/no question, the box before its label. */
export function CheckboxField({ id, label, checked, onChecked, error }: CheckboxFieldProps) {
  return (
    <div class={error ? 'field field-check field-invalid' : 'field field-check'}>
      <label for={id}>
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, { error })}
          onChange={(event) => onChecked(event.currentTarget.checked)}
        />
        {label}
      </label>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
