import { useState } from 'preact/hooks';
import { type EventDetail, isBriefingKind } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import { TextField } from '../../components/field.tsx';
import { attendanceChoices } from '../../format/event-view.ts';
import { t } from '../../i18n/messages.ts';
import { OrgChecks } from './org-checks.tsx';

/** The organiser records who came (per registered organisation) and the headcount. */
export function AttendanceForm({
  detail,
  onDone,
}: {
  detail: EventDetail;
  onDone: (detail: EventDetail) => void;
}) {
  const { api, notify, reportError } = useApp();
  const { event, registrations } = detail;
  const choices = attendanceChoices(event, registrations);
  // A briefing is held with any registered organisation present; matchmaking needs an enterprise.
  const briefing = isBriefingKind(event.kind);
  // Only registrants can be present: an attendance recorded before the rule may name others, left unticked.
  const [present, setPresent] = useState<Set<string>>(
    () =>
      new Set((event.attendance?.orgIds ?? []).filter((id) => choices.some((choice) => choice.orgId === id))),
  );
  const [headcount, setHeadcount] = useState(
    event.attendance?.headcount ? String(event.attendance.headcount) : '',
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(submitted: Event) {
    submitted.preventDefault();
    if (present.size === 0) {
      setError(t('event.error.attendance'));
      return;
    }
    const count = headcount.trim() === '' ? undefined : Number(headcount);
    if (count !== undefined && (!Number.isInteger(count) || count < 1)) {
      setError(t('event.error.headcount'));
      return;
    }
    setError(null);
    setBusy(true);
    try {
      onDone(
        await api.events.attendance(event.id, {
          orgIds: [...present],
          ...(count ? { headcount: count } : {}),
        }),
      );
      notify(t('event.attendanceRecorded'));
    } catch (failure) {
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id="attendance-form" onSubmit={submit} noValidate>
      <h3>{t('event.attendance')}</h3>
      <p class="banner banner-info small" data-held-rule>
        {t(briefing ? 'event.heldRuleBriefing' : 'event.heldRule')}
      </p>
      {choices.length === 0 ? (
        <p class="empty">{t(briefing ? 'event.noneRegisteredBriefing' : 'event.noneRegistered')}</p>
      ) : (
        <div class="checks">
          <OrgChecks options={choices} chosen={present} onChange={setPresent} />
        </div>
      )}
      <TextField
        id="attendance-headcount"
        label={t('event.headcount')}
        value={headcount}
        onValue={setHeadcount}
        inputMode="numeric"
      />
      {error && <p class="field-error">{error}</p>}
      <div class="form-actions">
        <button
          type="submit"
          class="button button-small button-primary"
          data-action="record-attendance"
          disabled={busy}
        >
          {t('event.recordAttendance')}
        </button>
      </div>
    </form>
  );
}
