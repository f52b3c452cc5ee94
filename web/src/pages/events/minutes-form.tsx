import { useState } from 'preact/hooks';
import { type EventDetail, MINUTES_MIN_LENGTH } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { TextAreaField } from '../../components/field.tsx';
import { t } from '../../i18n/messages.ts';

/** The organiser records the minutes; with attendance on or after the day, the event counts as held. */
export function MinutesForm({
  detail,
  onDone,
}: {
  detail: EventDetail;
  onDone: (detail: EventDetail) => void;
}) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [text, setText] = useState(detail.event.minutes?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (text.trim().length < MINUTES_MIN_LENGTH) {
      setError(t('event.error.minutes', { min: MINUTES_MIN_LENGTH }));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const next = await api.events.minutes(detail.event.id, text.trim());
      onDone(next);
      notify(next.event.status === 'held' ? t('event.heldToast') : t('event.minutesRecorded'));
    } catch (failure) {
      setError(fieldErrorsOf(failure).text);
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="minutes-form" onSubmit={submit} noValidate>
      <TextAreaField
        id="minutes-text"
        label={t('event.minutes')}
        hint={t('event.minutesHint', { min: MINUTES_MIN_LENGTH })}
        value={text}
        onValue={setText}
        error={error}
        rows={5}
        maxLength={10_000}
        required
      />
      <div class="form-actions">
        <button
          type="submit"
          class="button button-small button-primary"
          data-action="record-minutes"
          disabled={busy}
        >
          {t('event.saveMinutes')}
        </button>
      </div>
    </form>
  );
}
