import { useApp } from '../app-context.ts';
import { OrgDetails } from '../components/org-details.tsx';
import { t } from '../i18n/messages.ts';
import { ROUTES } from '../router/routes.ts';
import { AwaitingList } from './awaiting-list.tsx';

export function HomePage() {
  const { me, locale } = useApp();
  if (!me) return null;
  const org = me.organisation;
  return (
    <div class="page">
      <section class="card hero">
        <h1>{t('home.title', { name: me.user.name })}</h1>
        {org && (
          <>
            <p class="lead">
              {t('home.intro', {
                org: org.name,
                role: t(me.role === 'admin' ? 'org.role.admin' : 'org.role.member'),
              })}
            </p>
            <p class="muted">{t(`home.duty.${org.type}`)}</p>
          </>
        )}
      </section>
      {org && (
        <section class="card" aria-labelledby="home-org-title">
          <div class="card-head">
            <h2 id="home-org-title">{t('home.orgCard')}</h2>
            <a class="button button-small" href={ROUTES.org}>
              {t('home.viewOrg')}
            </a>
          </div>
          <OrgDetails org={org} locale={locale} jurisdiction={me.jurisdiction} />
        </section>
      )}
      {org && org.type !== 'ip_office' && org.status === 'approved' && <AwaitingList />}
    </div>
  );
}
