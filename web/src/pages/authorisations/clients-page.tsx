import { useEffect, useState } from 'preact/hooks';
import type { AuthorisationView } from '../../api/authorisations.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { authorisationBadge, authorisationState } from '../../format/authorisation-state.ts';
import { chinaToday } from '../../format/china-today.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/** 我服务的企业: the authorisations an agency or park holds, from its side, with a way into each ledger. */
export function ClientsPage() {
  const { api, reportError } = useApp();
  const [items, setItems] = useState<AuthorisationView[] | null>(null);

  useEffect(() => {
    let live = true;
    api.authorisations.list().then(
      ({ items: held }) => {
        if (live) setItems(held);
      },
      (error) => {
        if (!live) return;
        setItems([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, reportError]);

  const today = chinaToday();
  return (
    <div class="page">
      <section class="card" aria-labelledby="clients-title">
        <h1 id="clients-title">{t('clients.title')}</h1>
        <p class="muted">{t('clients.intro')}</p>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('clients.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table" id="client-table">
              <thead>
                <tr>
                  <th scope="col">{t('auth.field.enterprise')}</th>
                  <th scope="col">{t('auth.field.period')}</th>
                  <th scope="col">{t('auth.field.status')}</th>
                  <th scope="col">{t('auth.field.note')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((auth) => {
                  const state = authorisationState(auth, today);
                  return (
                    <tr key={auth.id} data-enterprise-id={auth.enterpriseOrgId} data-state={state}>
                      <td>{auth.enterpriseName}</td>
                      <td class="nowrap">
                        {t('auth.period', { from: auth.validFrom, until: auth.validUntil })}
                      </td>
                      <td class="nowrap">
                        <BadgePill badge={authorisationBadge(state)} />
                      </td>
                      <td class="small">{auth.note ?? '—'}</td>
                      <td class="nowrap">
                        <span class="actions">
                          <a
                            class="button button-small"
                            data-action="view-needs"
                            href={screenHref('needs', [], { enterpriseOrgId: auth.enterpriseOrgId })}
                          >
                            {t('clients.viewNeeds')}
                          </a>
                          {state === 'live' && (
                            <a
                              class="button button-small"
                              data-action="add-need"
                              href={screenHref('needs', ['new'], { enterpriseOrgId: auth.enterpriseOrgId })}
                            >
                              {t('clients.addNeed')}
                            </a>
                          )}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
