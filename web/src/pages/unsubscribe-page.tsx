import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app-context.ts';
import { t } from '../i18n/messages.ts';
import { useHashLocation } from '../router/use-hash-location.ts';

/** The push email's unsubscribe link (`#/unsubscribe?token=…`): no sign-in, one request, the outcome. */
export function UnsubscribePage() {
  const { api } = useApp();
  const { query } = useHashLocation();
  const token = query.get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');

  useEffect(() => {
    if (!token) return;
    api.pushes.unsubscribe(token).then(
      () => setState('done'),
      () => setState('failed'),
    );
  }, [api, token]);

  return (
    <div class="page">
      <section class="card" aria-labelledby="unsubscribe-title" data-state={state}>
        <h1 id="unsubscribe-title">{t('unsubscribe.title')}</h1>
        <p class={state === 'failed' ? 'field-error' : ''}>{t(`unsubscribe.${state}`)}</p>
      </section>
    </div>
  );
}
