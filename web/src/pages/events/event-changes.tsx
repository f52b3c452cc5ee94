import { useState } from 'preact/hooks';
import type { EventDetail, MatchmakingEvent } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { TextField } from '../../components/field.tsx';
import { t } from '../../i18n/messages.ts';
import { EventForm } from './event-form.tsx';

/** The organiser edits or reschedules a planned event, or cancels it with a reason. */
export function EventChanges({
  event,
  onDone,
}: {
  event: MatchmakingEvent;
  onDone: (detail: EventDetail) => void;
}) {
  const { api, notify, reportError } = useApp();
  const [mode, setMode] = useState<'idle' | 'edit' | 'cancel'>('idle');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function cancel(submitted: Event) {
    submitted.preventDefault();
    if (reason.trim().length < 2) {
      setError(t('event.error.cancelReason'));
      return;
    }
    setBusy(true);
    try {
      onDone(await api.events.cancel(event.id, reason.trim()));
      notify(t('event.cancelled'));
      setMode('idle');
    } catch (failure) {
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (mode === 'edit')
    return (
      <>
        <EventForm
          key={event.version}
          existing={event}
          onSaved={(detail) => {
            onDone(detail);
            setMode('idle');
          }}
        />
        <p class="actions">
          <button type="button" class="button button-small" onClick={() => setMode('idle')}>
            {t('common.cancel')}
          </button>
        </p>
      </>
    );
  return (
    <section class="card" aria-label={t('event.edit')} id="event-changes">
      {mode === 'cancel' ? (
        <form id="cancel-event-form" onSubmit={cancel} noValidate>
          <TextField
            id="cancel-reason"
            label={t('event.cancelReason')}
            value={reason}
            onValue={setReason}
            error={error}
            maxLength={500}
            required
          />
          <div class="form-actions">
            <button type="submit" class="button button-danger" data-action="confirm-cancel" disabled={busy}>
              {t('event.cancel')}
            </button>
            <button type="button" class="button" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="button button-small"
            data-action="edit-event"
            onClick={() => setMode('edit')}
          >
            {t('event.edit')}
          </button>
          <button
            type="button"
            class="button button-small button-danger-outline"
            data-action="cancel-event"
            onClick={() => setMode('cancel')}
          >
            {t('event.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
