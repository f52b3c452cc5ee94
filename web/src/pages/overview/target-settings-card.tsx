import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { QuotaTargetSettings } from '../../api/quotas.ts';
import { useApp } from '../../app-context.ts';
import { formatDateTime } from '../../format/date-time.ts';
import {
  readTargetInputs,
  TARGET_FIELDS,
  type TargetInputs,
  targetInputs,
} from '../../format/target-settings.ts';
import { t } from '../../i18n/messages.ts';

/**
 * 年度考核目标 (IP office): each role's target values for the year, the Hengyang guide's defaults until
 * changed; saved with the version last read (a stale save is refused and the current values reloaded).
 */
export function TargetSettingsCard({ year, onSaved }: { year: number; onSaved: () => void }) {
  const { api, locale, notify, reportError } = useApp();
  const [settings, setSettings] = useState<QuotaTargetSettings | null>(null);
  const [inputs, setInputs] = useState<TargetInputs>({});
  const [open, setOpen] = useState(false);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.quotas.targets(year).then((answer) => {
      if (!live) return;
      setSettings(answer);
      setInputs(targetInputs(answer.values));
    }, reportError);
    return () => {
      live = false;
    };
  }, [api, year, reportError]);

  async function save(event: Event) {
    event.preventDefault();
    if (!settings) return;
    const read = readTargetInputs(inputs);
    setInvalid(read.ok ? [] : read.errors);
    if (!read.ok) return;
    setBusy(true);
    try {
      const saved = await api.quotas.saveTargets(year, read.values, settings.version);
      setSettings(saved);
      setInputs(targetInputs(saved.values));
      setOpen(false);
      notify(t('targets.saved', { year }));
      onSaved();
    } catch (error) {
      reportError(error);
      // A stale version: show what is stored now, for the office to check and save again.
      if (error instanceof ApiError && error.status === 409) {
        const fresh = await api.quotas.targets(year);
        setSettings(fresh);
        setInputs(targetInputs(fresh.values));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="targets-settings-title" id="target-settings">
      <div class="card-head">
        <h2 id="targets-settings-title">{t('targets.title', { year })}</h2>
        <button
          type="button"
          class="button button-small"
          data-action="edit-targets"
          onClick={() => setOpen(!open)}
        >
          {open ? t('common.cancel') : t('common.edit')}
        </button>
      </div>
      <p class="muted small" data-version={settings?.version ?? ''}>
        {settings === null
          ? t('common.loading')
          : settings.version === 0
            ? t('targets.defaults')
            : t('targets.changed', { at: formatDateTime(settings.updatedAt, locale) })}
      </p>
      {open && settings && (
        <form id="targets-form" onSubmit={save} noValidate>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th>{t('org.field.type')}</th>
                  <th>{t('targets.value')}</th>
                  <th>{t('targets.setTo')}</th>
                </tr>
              </thead>
              <tbody>
                {TARGET_FIELDS.map((field) => {
                  const key = `${field.role}.${field.name}`;
                  return (
                    <tr key={key} class={invalid.includes(key) ? 'field-invalid' : undefined}>
                      <td>{t(`org.type.${field.role}`)}</td>
                      <td>
                        <label for={`target-${key}`}>{t(`targets.field.${field.name}`)}</label>
                      </td>
                      <td>
                        <input
                          id={`target-${key}`}
                          name={key}
                          inputMode="decimal"
                          placeholder={field.kind === 'optional' ? t('targets.none') : undefined}
                          value={inputs[key] ?? ''}
                          aria-invalid={invalid.includes(key) ? 'true' : undefined}
                          onInput={(change) =>
                            setInputs((current) => ({ ...current, [key]: change.currentTarget.value }))
                          }
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {invalid.length > 0 && <p class="field-error">{t('targets.invalid')}</p>}
          <div class="form-actions">
            <button type="submit" class="button button-primary" data-action="save-targets" disabled={busy}>
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
