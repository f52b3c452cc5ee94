import { useState } from 'preact/hooks';
import type { EventDetail } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { TextField } from '../../components/field.tsx';
import { t } from '../../i18n/messages.ts';

/** An invited organisation registers its attendees and contact. */
export function RegisterForm({ id, onDone }: { id: string; onDone: (detail: EventDetail) => void }) {
  const { api, me, notify, reportError, fieldErrorsOf } = useApp();
  const [name, setName] = useState(me?.user.name ?? '');
  const [phone, setPhone] = useState(me?.organisation?.contact.phone ?? '');
  const [email, setEmail] = useState(me?.user.email ?? '');
  const [attendees, setAttendees] = useState('1');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const count = Number(attendees);
    if (!Number.isInteger(count) || count < 1 || count > 50) {
      setErrors({ attendees: t('event.error.attendees') });
      return;
    }
    setBusy(true);
    try {
      await api.events.register(id, {
        contact: { name: name.trim(), phone: phone.trim(), email: email.trim() },
        attendees: count,
      });
      onDone(await api.events.get(id));
      notify(t('event.registered'));
      setErrors({});
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="register-form" onSubmit={submit} noValidate>
      <h3>{t('event.register')}</h3>
      <div class="form-grid">
        <TextField
          id="register-name"
          label={t('org.field.contactName')}
          value={name}
          onValue={setName}
          error={errors['contact.name']}
          required
        />
        <TextField
          id="register-phone"
          type="tel"
          label={t('org.field.contactPhone')}
          value={phone}
          onValue={setPhone}
          error={errors['contact.phone']}
          required
        />
        <TextField
          id="register-email"
          type="email"
          label={t('org.field.contactEmail')}
          value={email}
          onValue={setEmail}
          error={errors['contact.email']}
          required
        />
        <TextField
          id="register-attendees"
          label={t('event.attendeesLabel')}
          value={attendees}
          onValue={setAttendees}
          error={errors.attendees}
          inputMode="numeric"
          required
        />
      </div>
      <div class="form-actions">
        <button
          type="submit"
          class="button button-small button-primary"
          data-action="register"
          disabled={busy}
        >
          {t('event.register')}
        </button>
      </div>
    </form>
  );
}
