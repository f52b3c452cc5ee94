import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';

/** The weekly field alert e-mail's unsubscribe link (`#/alerts-unsubscribe?token=…`): no sign-in, one request. */
export function AlertsUnsubscribePage() {
  const { api } = useApp();
  const { query } = useHashLocation();
  const token = query.get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');

  useEffect(() => {
    if (!token) return;
    api.marketSignals.unsubscribeAlerts(token).then(
      () => setState('done'),
      () => setState('failed'),
    );
  }, [api, token]);

  return (
    <div class="page">
      <section class="card" aria-labelledby="alerts-unsubscribe-title" data-state={state}>
        <h1 id="alerts-unsubscribe-title">{t('alertsUnsubscribe.title')}</h1>
        <p class={state === 'failed' ? 'field-error' : ''}>{t(`alertsUnsubscribe.${state}`)}</p>
      </section>
    </div>
  );
}
