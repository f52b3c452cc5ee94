import { useState } from 'preact/hooks';
import type { EventDetail, EventInput, MatchmakingEvent } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { TextAreaField, TextField } from '../../components/field.tsx';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';

/** A new event, or (with `existing`) an edit of a planned one under the version last read. */
export function EventForm({
  existing,
  onSaved,
}: {
  existing?: MatchmakingEvent;
  onSaved?: (detail: EventDetail) => void;
} = {}) {
  const { api, notify, reportError, fieldErrorsOf } = useApp();
  const [inputs, setInputs] = useState({
    title: existing?.title ?? '',
    industryChain: existing?.industryChain ?? '',
    date: existing?.date ?? '',
    place: existing?.place ?? '',
    onlineUrl: existing?.onlineUrl ?? '',
    description: existing?.description ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof inputs>) => setInputs((current) => ({ ...current, ...patch }));

  async function submit(event: Event) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (inputs.title.trim().length < 2) problems.title = t('event.error.title');
    if (!inputs.industryChain.trim()) problems.industryChain = t('event.error.industryChain');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(inputs.date)) problems.date = t('event.error.date');
    if (!inputs.place.trim() && !inputs.onlineUrl.trim()) problems.place = t('event.error.place');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const body: EventInput = {
      title: inputs.title.trim(),
      industryChain: inputs.industryChain.trim(),
      date: inputs.date,
      ...(inputs.place.trim() ? { place: inputs.place.trim() } : {}),
      ...(inputs.onlineUrl.trim() ? { onlineUrl: inputs.onlineUrl.trim() } : {}),
      ...(inputs.description.trim() ? { description: inputs.description.trim() } : {}),
    };
    setBusy(true);
    try {
      if (existing) {
        const saved = await api.events.edit(existing.id, body, existing.version);
        notify(t('event.saved'));
        onSaved?.(saved);
        return;
      }
      const created = await api.events.create(body);
      notify(t('events.created'));
      go(screenHref('events', [created.event.id]));
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="event-form-title">
      <h2 id="event-form-title">{existing ? t('event.edit') : t('events.new')}</h2>
      <form id="event-form" onSubmit={submit} noValidate>
        <div class="form-grid">
          <TextField
            id="event-title"
            label={t('event.field.title')}
            value={inputs.title}
            onValue={(title) => set({ title })}
            error={errors.title}
            maxLength={100}
            required
          />
          <TextField
            id="event-chain"
            label={t('event.field.industryChain')}
            value={inputs.industryChain}
            onValue={(industryChain) => set({ industryChain })}
            error={errors.industryChain}
            maxLength={50}
            required
          />
          <TextField
            id="event-date"
            type="date"
            label={t('event.field.date')}
            value={inputs.date}
            onValue={(date) => set({ date })}
            error={errors.date}
            required
          />
          <TextField
            id="event-place"
            label={t('event.field.place')}
            hint={t('event.hint.place')}
            value={inputs.place}
            onValue={(place) => set({ place })}
            error={errors.place}
            maxLength={200}
          />
          <TextField
            id="event-url"
            label={t('event.field.onlineUrl')}
            value={inputs.onlineUrl}
            onValue={(onlineUrl) => set({ onlineUrl })}
            error={errors.onlineUrl}
            maxLength={500}
          />
        </div>
        <TextAreaField
          id="event-description"
          label={t('event.field.description')}
          value={inputs.description}
          onValue={(description) => set({ description })}
          rows={3}
          maxLength={2000}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" data-action="create-event" disabled={busy}>
            {existing ? t('common.save') : t('events.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
