import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app-context.ts';
import { t } from '../i18n/messages.ts';
import { useHashLocation } from '../router/use-hash-location.ts';

/**
 * An e-mail's unsubscribe link (`#/…?token=…`): no sign-in, one request with the link's token, the outcome.
 * `messages` names the page's catalogue keys (`<messages>.title`, `.working`, `.done`, `.failed`).
 */
export function TokenUnsubscribe({
  messages,
  unsubscribe,
}: {
  messages: 'unsubscribe' | 'alertsUnsubscribe';
  unsubscribe: (token: string) => Promise<unknown>;
}) {
  const { query } = useHashLocation();
  const token = query.get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');

  useEffect(() => {
    if (!token) return;
    unsubscribe(token).then(
      () => setState('done'),
      () => setState('failed'),
    );
  }, [unsubscribe, token]);

  const titleId = messages === 'unsubscribe' ? 'unsubscribe-title' : 'alerts-unsubscribe-title';
  return (
    <div class="page">
      <section class="card" aria-labelledby={titleId} data-state={state}>
        <h1 id={titleId}>{t(`${messages}.title`)}</h1>
        <p class={state === 'failed' ? 'field-error' : ''}>{t(`${messages}.${state}`)}</p>
      </section>
    </div>
  );
}

/** The push email's unsubscribe link (`#/unsubscribe?token=…`). */
export function UnsubscribePage() {
  const { api } = useApp();
  return <TokenUnsubscribe messages="unsubscribe" unsubscribe={api.pushes.unsubscribe} />;
}
