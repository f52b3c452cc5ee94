import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AuthorisationView } from '../../api/authorisations.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { authorisationBadge, authorisationState } from '../../format/authorisation-state.ts';
import { chinaToday } from '../../format/china-today.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { t } from '../../i18n/messages.ts';
import { GrantForm } from './grant-form.tsx';

/** 委托授权: the enterprise admin authorises agencies and parks, and revokes. */
export function AuthorisationsPage() {
  const { api, reportError } = useApp();
  const [items, setItems] = useState<AuthorisationView[] | null>(null);

  const load = useCallback(async () => {
    try {
      setItems((await api.authorisations.list()).items);
    } catch (error) {
      setItems([]);
      reportError(error);
    }
  }, [api, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  const replace = (next: AuthorisationView) =>
    setItems((list) => [next, ...(list ?? []).filter((auth) => auth.id !== next.id)]);

  return (
    <div class="page">
      <section class="card" aria-labelledby="auth-title">
        <h1 id="auth-title">{t('auth.title')}</h1>
        <p class="muted">{t('auth.intro')}</p>
        <GrantForm onGranted={replace} />
      </section>
      <section class="card" aria-labelledby="auth-list-title">
        <h2 id="auth-list-title">{t('auth.list.title')}</h2>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('auth.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table" id="authorisation-table">
              <thead>
                <tr>
                  <th scope="col">{t('auth.field.agent')}</th>
                  <th scope="col">{t('auth.field.period')}</th>
                  <th scope="col">{t('auth.field.status')}</th>
                  <th scope="col">{t('auth.field.note')}</th>
                  <th scope="col">{t('auth.field.grantedAt')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((auth) => (
                  <GrantedRow key={auth.id} auth={auth} onRevoked={replace} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function GrantedRow({
  auth,
  onRevoked,
}: {
  auth: AuthorisationView;
  onRevoked: (next: AuthorisationView) => void;
}) {
  const { api, locale, notify, reportError } = useApp();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const state = authorisationState(auth, chinaToday());

  async function revoke() {
    setBusy(true);
    try {
      const next = await api.authorisations.revoke(auth.id);
      notify(t('auth.revoked', { name: auth.agentName }));
      onRevoked(next);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <tr data-authorisation-id={auth.id} data-agent={auth.agentName}>
      <td>{auth.agentName}</td>
      <td class="nowrap">{t('auth.period', { from: auth.validFrom, until: auth.validUntil })}</td>
      <td class="nowrap">
        <BadgePill badge={authorisationBadge(state)} />
      </td>
      <td class="small">{auth.note ?? '—'}</td>
      <td class="nowrap muted small">{formatDateTime(auth.grantedAt, locale)}</td>
      <td class="nowrap">
        {auth.status === 'active' &&
          (confirming ? (
            <span class="actions">
              <button
                type="button"
                class="button button-small button-danger"
                data-action="confirm-revoke"
                disabled={busy}
                onClick={revoke}
              >
                {t('auth.revokeConfirm')}
              </button>
              <button
                type="button"
                class="button button-small"
                disabled={busy}
                onClick={() => setConfirming(false)}
              >
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              class="button button-small button-danger-outline"
              data-action="revoke"
              onClick={() => setConfirming(true)}
            >
              {t('auth.revoke')}
            </button>
          ))}
      </td>
    </tr>
  );
}
