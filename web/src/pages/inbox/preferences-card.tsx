import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { PushPreferences } from '../../api/pushes.ts';
import { useApp } from '../../app-context.ts';
import { readWeeklyCap } from '../../format/push-settings.ts';
import { t } from '../../i18n/messages.ts';

/** An enterprise's push preferences: unsubscribe from every broker, the weekly cap, email on or off. */
export function PreferencesCard() {
  const { api, notify, reportError } = useApp();
  const [saved, setSaved] = useState<PushPreferences | null>(null);
  const [unsubscribed, setUnsubscribed] = useState(false);
  const [email, setEmail] = useState(true);
  const [cap, setCap] = useState('5');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const show = (next: PushPreferences) => {
    setSaved(next);
    setUnsubscribed(next.unsubscribed);
    setEmail(next.email);
    setCap(String(next.weeklyCap));
  };

  useEffect(() => {
    api.pushes.preferences().then(show, reportError);
  }, [api, reportError]);

  async function save(event: Event) {
    event.preventDefault();
    if (!saved) return;
    const weeklyCap = readWeeklyCap(cap);
    if (weeklyCap === null) {
      setError(t('prefs.invalidCap'));
      return;
    }
    setBusy(true);
    try {
      show(await api.pushes.savePreferences({ unsubscribed, weeklyCap, email, version: saved.version }));
      notify(t('prefs.saved'));
    } catch (failure) {
      reportError(failure);
      if (failure instanceof ApiError && failure.status === 409)
        api.pushes.preferences().then(show, reportError);
    } finally {
      setBusy(false);
    }
  }

  if (!saved) return null;
  return (
    <section class="card" aria-labelledby="push-prefs-title">
      <h2 id="push-prefs-title">{t('prefs.title')}</h2>
      <p class="muted small">{t('prefs.intro')}</p>
      <form class="form-grid" id="push-prefs-form" onSubmit={save}>
        <div class="field field-check">
          <label for="prefs-unsubscribed">
            <input
              id="prefs-unsubscribed"
              type="checkbox"
              checked={unsubscribed}
              onChange={(event) => setUnsubscribed(event.currentTarget.checked)}
            />
            {t('prefs.unsubscribed')}
          </label>
        </div>
        <div class="field field-check">
          <label for="prefs-email">
            <input
              id="prefs-email"
              type="checkbox"
              checked={email}
              disabled={unsubscribed}
              onChange={(event) => setEmail(event.currentTarget.checked)}
            />
            {t('prefs.email')}
          </label>
        </div>
        <div class={error ? 'field field-invalid' : 'field'}>
          <label for="prefs-cap">{t('prefs.weeklyCap')}</label>
          <input
            id="prefs-cap"
            inputMode="numeric"
            value={cap}
            disabled={unsubscribed}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'prefs-cap-error' : undefined}
            onInput={(event) => {
              setCap(event.currentTarget.value);
              setError(undefined);
            }}
          />
          {error && (
            <p class="field-error" id="prefs-cap-error">
              {error}
            </p>
          )}
        </div>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
