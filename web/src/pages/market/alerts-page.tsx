import { useEffect, useState } from 'preact/hooks';
import type { FieldAlertsView } from '../../api/market-signals.ts';
import { useApp } from '../../app-context.ts';
import { regionName } from '../../format/region-name.ts';
import { t } from '../../i18n/messages.ts';

/** `H01M, G06F 16/00` or one per line → the list the API takes (it canonicalises and checks each). */
const listOf = (text: string, separators: RegExp) =>
  text
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * 领域提醒: a university subscribes to IPC prefixes and industry chains and reads its weekly alerts — the
 * needs published in its fields that week, those it may not read only counted.
 */
export function AlertsPage() {
  const { api, locale, notify, reportError, fieldErrorsOf } = useApp();
  const [view, setView] = useState<FieldAlertsView | null>(null);
  const [ipc, setIpc] = useState('');
  const [chains, setChains] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const show = (next: FieldAlertsView) => {
    setView(next);
    const sub = next.subscription;
    if (!sub) return;
    setIpc(sub.ipcPrefixes.join(', '));
    setChains(sub.industryChains.join('，'));
    setEmail(sub.email ?? '');
  };

  useEffect(() => {
    api.marketSignals.alerts().then(show, reportError);
  }, [api, reportError]);

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      show(
        await api.marketSignals.saveAlerts({
          ipcPrefixes: listOf(ipc, /[,，;；\n]+/),
          industryChains: listOf(chains, /[,，、;；\n]+/),
          ...(email.trim() ? { email: email.trim() } : {}),
        }),
      );
      notify(t('alerts.saved'));
    } catch (failure) {
      setErrors(fieldErrorsOf(failure));
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function stop() {
    setBusy(true);
    try {
      show(await api.marketSignals.stopAlerts());
      notify(t('alerts.stopped'));
    } catch (failure) {
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: string) => (errors[name] ? 'field field-invalid' : 'field');
  const sub = view?.subscription;
  return (
    <div class="page">
      <section class="card" aria-labelledby="alerts-title">
        <h1 id="alerts-title">{t('alerts.title')}</h1>
        <p class="muted small">{t('alerts.intro')}</p>
        {view && (
          <p class="small" id="alerts-status" data-active={String(sub?.active ?? false)}>
            {sub?.active ? t('alerts.active') : t('alerts.inactive')}
            {sub?.lastAlertWeek ? ` · ${t('alerts.lastAlert', { week: sub.lastAlertWeek })}` : ''}
          </p>
        )}
        <form class="form-grid" id="alerts-form" onSubmit={save}>
          <div class={field('ipcPrefixes')}>
            <label for="alerts-ipc">{t('alerts.ipcPrefixes')}</label>
            <input id="alerts-ipc" value={ipc} onInput={(e) => setIpc(e.currentTarget.value)} />
            {errors.ipcPrefixes && <p class="field-error">{errors.ipcPrefixes}</p>}
          </div>
          <div class={field('industryChains')}>
            <label for="alerts-chains">{t('alerts.industryChains')}</label>
            <input id="alerts-chains" value={chains} onInput={(e) => setChains(e.currentTarget.value)} />
            {errors.industryChains && <p class="field-error">{errors.industryChains}</p>}
          </div>
          <div class={field('email')}>
            <label for="alerts-email">{t('alerts.email')}</label>
            <input
              id="alerts-email"
              type="email"
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
            {errors.email && <p class="field-error">{errors.email}</p>}
          </div>
          <div class="actions">
            <button type="submit" class="button button-primary" disabled={busy}>
              {t('alerts.save')}
            </button>
            {sub?.active && (
              <button type="button" class="button" id="alerts-stop" disabled={busy} onClick={stop}>
                {t('alerts.stop')}
              </button>
            )}
          </div>
        </form>
      </section>
      <section class="card" aria-labelledby="alerts-inbox-title">
        <h2 id="alerts-inbox-title">{t('alerts.inbox')}</h2>
        {view === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : view.alerts.length === 0 ? (
          <p class="empty">{t('alerts.inboxEmpty')}</p>
        ) : (
          <ul class="plain-list" id="alerts-inbox">
            {view.alerts.map((alert) => (
              <li key={alert.week} data-week={alert.week}>
                <h3>
                  {t('alerts.week', {
                    week: alert.week,
                    count: alert.needs.length + alert.hidden.reduce((n, h) => n + h.count, 0),
                  })}
                  {alert.emailed && <span class="muted small"> · {t('alerts.emailed')}</span>}
                </h3>
                <ul class="plain-list small">
                  {alert.needs.map((need) => (
                    <li key={need.needId} data-need-id={need.needId}>
                      {need.title}
                      <span class="muted">
                        {' '}
                        {need.industryChains.join('、')} · {regionName(need.regionCode, locale)}
                      </span>
                    </li>
                  ))}
                  {alert.hidden.map((hidden) => (
                    <li key={`${hidden.chain}-${hidden.regionCode}`} class="muted">
                      {t('alerts.hidden', {
                        count: hidden.count,
                        chain: hidden.chain || t('unmet.noChain'),
                        region: regionName(hidden.regionCode, locale),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
