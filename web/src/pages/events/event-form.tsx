import { ATTENDEE_TYPES, type AttendeeType } from '@openlicense/domain/event/event';
import { useState } from 'preact/hooks';
import {
  EVENT_KINDS,
  type EventDetail,
  type EventInput,
  type EventKind,
  isBriefingKind,
  type MatchmakingEvent,
} from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { materialsText, readMaterials } from '../../format/event-view.ts';
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
    kind: existing?.kind ?? 'matchmaking',
    audience: existing?.audience ?? '',
    audienceTypes: existing?.audienceTypes ?? ([] as AttendeeType[]),
    materials: materialsText(existing?.materials),
  });
  const briefing = isBriefingKind(inputs.kind as EventKind);
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
    const materials = readMaterials(inputs.materials);
    if (!materials.ok) problems.materials = t('event.error.materials', { line: materials.line });
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !materials.ok) return;
    const body: EventInput = {
      title: inputs.title.trim(),
      industryChain: inputs.industryChain.trim(),
      date: inputs.date,
      ...(inputs.place.trim() ? { place: inputs.place.trim() } : {}),
      ...(inputs.onlineUrl.trim() ? { onlineUrl: inputs.onlineUrl.trim() } : {}),
      ...(inputs.description.trim() ? { description: inputs.description.trim() } : {}),
      ...(inputs.audience.trim() ? { audience: inputs.audience.trim() } : {}),
      // Who a briefing invites and takes registrations from; matchmaking is for enterprises only.
      ...(briefing && inputs.audienceTypes.length > 0
        ? { audienceTypes: ATTENDEE_TYPES.filter((type) => inputs.audienceTypes.includes(type)) }
        : {}),
      ...(materials.materials.length > 0 ? { materials: materials.materials } : {}),
      // The kind is chosen once: an edit does not send it (the server keeps it).
      ...(existing ? {} : { kind: inputs.kind as EventKind }),
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
          <SelectField
            id="event-kind"
            label={t('event.field.kind')}
            hint={t('event.hint.kind')}
            value={inputs.kind}
            onValue={(kind) => set({ kind: kind as EventKind })}
            options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`event.kind.${kind}`) }))}
            error={errors.kind}
            disabled={existing !== undefined}
            required
          />
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
        <TextField
          id="event-audience"
          label={t('event.field.audience')}
          hint={t('event.hint.audience')}
          value={inputs.audience}
          onValue={(audience) => set({ audience })}
          error={errors.audience}
          maxLength={200}
        />
        {briefing && (
          <fieldset
            class="form-section"
            id="event-audience-types"
            aria-describedby="event-audience-types-hint"
          >
            <legend>{t('event.field.audienceTypes')}</legend>
            <p class="field-hint" id="event-audience-types-hint">
              {t('event.hint.audienceTypes')}
            </p>
            <div class="checks">
              {ATTENDEE_TYPES.map((type) => (
                <label key={type} class="check" data-audience-type={type}>
                  <input
                    type="checkbox"
                    id={`event-audience-type-${type}`}
                    checked={inputs.audienceTypes.includes(type)}
                    onChange={(change) => {
                      const checked = change.currentTarget.checked;
                      set({
                        audienceTypes: checked
                          ? [...inputs.audienceTypes, type]
                          : inputs.audienceTypes.filter((chosen) => chosen !== type),
                      });
                    }}
                  />
                  {t(`org.type.${type}`)}
                </label>
              ))}
            </div>
            {errors.audienceTypes && <p class="field-error">{errors.audienceTypes}</p>}
          </fieldset>
        )}
        <TextAreaField
          id="event-materials"
          label={t('event.field.materials')}
          hint={t('event.hint.materials')}
          value={inputs.materials}
          onValue={(materials) => set({ materials })}
          error={errors.materials}
          rows={3}
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
