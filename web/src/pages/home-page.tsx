import type { Waiting } from '@openlicense/contract/waiting';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app-context.ts';
import { t } from '../i18n/messages.ts';
import { ROUTES } from '../router/routes.ts';
import { AwaitingList } from './awaiting-list.tsx';
import { QuotaGlance } from './home/quota-glance.tsx';
import { WaitingCard } from './home/waiting-card.tsx';

/**
 * 首页: what waits for the user (each kind of task with its count, linking to where it is done), the
 * year's quotas at a glance, and the results waiting for the organisation's confirmation. The
 * organisation's registration details are one link away (机构信息).
 */
export function HomePage() {
  const { api, me, locale, reportError } = useApp();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const org = me?.organisation;
  const approved = org?.status === 'approved';

  useEffect(() => {
    if (!approved) return;
    let live = true;
    api
      .waiting()
      .then((answer) => live && setWaiting(answer))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [api, approved, reportError]);

  if (!me) return null;
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
            <p class="home-org" data-home-org={org.id}>
              <span>{t('home.org.summary', { name: org.name, type: t(`org.type.${org.type}`) })}</span>{' '}
              <a class="button button-small" href={ROUTES.org} data-link="org">
                {t('home.org.title')}
              </a>
            </p>
          </>
        )}
      </section>
      {approved && <WaitingCard items={waiting?.items ?? null} />}
      {waiting?.quota && <QuotaGlance quota={waiting.quota} locale={locale} />}
      {approved && org.type !== 'ip_office' && <AwaitingList />}
    </div>
  );
}
