import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { ContactFields, type ContactForm } from '../../components/contact-fields.tsx';
import { TextAreaField } from '../../components/field.tsx';
import { errorAt } from '../../format/field-error.ts';
import { t } from '../../i18n/messages.ts';

/** An approved enterprise answers a conversion need: a short message and whom to contact. */
export function AnswerForm({ needId, onAnswered }: { needId: string; onAnswered: () => Promise<void> }) {
  const { api, me, notify, reportError, fieldErrorsOf } = useApp();
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState<ContactForm>(() => ({
    contactName: me?.user.name ?? '',
    contactPhone: '',
    contactEmail: me?.user.email ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const onValue = (field: keyof ContactForm) => (value: string) =>
    setContact((previous) => ({ ...previous, [field]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await api.conversionNeeds.answer(needId, {
        message,
        contact: { name: contact.contactName, phone: contact.contactPhone, email: contact.contactEmail },
      });
      notify(t('cneed.answer.sent'));
      await onAnswered();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="cneed-answer-title">
      <h2 id="cneed-answer-title">{t('cneed.answer.title')}</h2>
      <p class="muted small">{t('cneed.answer.intro')}</p>
      <form id="cneed-answer-form" class="form-grid" onSubmit={submit} noValidate>
        <TextAreaField
          id="cneed-answer-message"
          label={t('cneed.answer.message')}
          value={message}
          onValue={setMessage}
          error={errorAt(errors, 'message')}
          maxLength={500}
          required
        />
        <ContactFields
          idPrefix="cneed-answer"
          form={contact}
          onValue={onValue}
          err={(path) => errorAt(errors, path)}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" data-action="answer" disabled={busy}>
            {t('cneed.answer.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
