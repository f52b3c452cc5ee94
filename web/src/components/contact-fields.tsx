import { t } from '../i18n/messages.ts';
import { TextField } from './field.tsx';

export interface ContactForm {
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/**
 * The contact's name, phone and e-mail (`#{idPrefix}-contact-name` …), errors at `contact.name` …; put them
 * in the caller's `form-grid`.
 */
export function ContactFields({
  idPrefix,
  form,
  onValue,
  err,
}: {
  idPrefix: string;
  form: ContactForm;
  onValue: (field: keyof ContactForm) => (value: string) => void;
  err: (path: string) => string | undefined;
}) {
  return (
    <>
      <TextField
        id={`${idPrefix}-contact-name`}
        label={t('org.field.contactName')}
        value={form.contactName}
        onValue={onValue('contactName')}
        error={err('contact.name')}
        required
      />
      <TextField
        id={`${idPrefix}-contact-phone`}
        label={t('org.field.contactPhone')}
        type="tel"
        value={form.contactPhone}
        onValue={onValue('contactPhone')}
        error={err('contact.phone')}
        required
      />
      <TextField
        id={`${idPrefix}-contact-email`}
        label={t('org.field.contactEmail')}
        type="email"
        value={form.contactEmail}
        onValue={onValue('contactEmail')}
        error={err('contact.email')}
        required
      />
    </>
  );
}
