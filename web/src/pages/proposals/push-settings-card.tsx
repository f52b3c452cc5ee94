import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { PushSettings } from '../../api/pushes.ts';
import { useApp } from '../../app-context.ts';
import { readThreshold } from '../../format/push-settings.ts';
import { t } from '../../i18n/messages.ts';

/** A broker's automatic push: on or off and the score threshold; admins change it, members read it. */
export function PushSettingsCard() {
  const { api, me, notify, reportError } = useApp();
  const [settings, setSettings] = useState<PushSettings | null>(null);
  const [autoPush, setAutoPush] = useState(false);
  const [threshold, setThreshold] = useState('80');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const admin = me?.role === 'admin';

  const show = (next: PushSettings) => {
    setSettings(next);
    setAutoPush(next.autoPush);
    setThreshold(String(next.autoPushThreshold));
  };

  useEffect(() => {
    api.pushes.settings().then(show, reportError);
  }, [api, reportError]);

  async function save(event: Event) {
    event.preventDefault();
    if (!settings) return;
    const value = readThreshold(threshold);
    if (value === null) {
      setError(t('pushSettings.invalidThreshold'));
      return;
    }
    setBusy(true);
    try {
      show(await api.pushes.saveSettings({ autoPush, autoPushThreshold: value, version: settings.version }));
      notify(t('pushSettings.saved'));
    } catch (failure) {
      reportError(failure);
      if (failure instanceof ApiError && failure.status === 409)
        api.pushes.settings().then(show, reportError);
    } finally {
      setBusy(false);
    }
  }

  if (!settings) return null;
  return (
    <section class="card" aria-labelledby="push-settings-title">
      <div class="card-head">
        <h2 id="push-settings-title">{t('pushSettings.title')}</h2>
        <span
          class={settings.autoPush ? 'pill pill-ok' : 'pill pill-muted'}
          data-auto-push={settings.autoPush}
        >
          {settings.autoPush
            ? t('pushSettings.state.on', { threshold: settings.autoPushThreshold })
            : t('pushSettings.state.off')}
        </span>
      </div>
      <p class="muted small">{t('pushSettings.intro')}</p>
      <form class="form-grid" id="push-settings-form" onSubmit={save}>
        <div class="field field-check">
          <label for="auto-push">
            <input
              id="auto-push"
              type="checkbox"
              checked={autoPush}
              disabled={!admin}
              onChange={(event) => setAutoPush(event.currentTarget.checked)}
            />
            {t('pushSettings.autoPush')}
          </label>
        </div>
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for="auto-push-threshold">{t('pushSettings.threshold')}</label>
          <input
            id="auto-push-threshold"
            inputMode="decimal"
            value={threshold}
            disabled={!admin}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'auto-push-threshold-error' : undefined}
            onInput={(event) => {
              setThreshold(event.currentTarget.value);
              setError(undefined);
            }}
          />
          {error && (
            <p class="field-error" id="auto-push-threshold-error">
              {error}
            </p>
          )}
        </div>
        <div class="form-actions">
          {admin ? (
            <button type="submit" class="button button-primary" disabled={busy}>
              {t('common.save')}
            </button>
          ) : (
            <p class="muted small">{t('pushSettings.adminOnly')}</p>
          )}
        </div>
      </form>
    </section>
  );
}
