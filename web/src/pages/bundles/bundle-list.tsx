import { useCallback } from 'preact/hooks';
import type { BundleListItem } from '../../api/bundles.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { bundleStatusBadge, holderDecisionBadge } from '../../format/bundle-badges.ts';
import { royaltyLine, summaryOf } from '../../format/royalty-text.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/** Organisation types that may organise a bundle (高校院所, 服务机构, 园区). */
export const ORGANISER_TYPES = ['university', 'agency', 'park'];

/** 专利包 / 公共专利池: bundles the organisation organises, and those holding its patents (its consent asked). */
export function BundleList() {
  const { api, me, locale } = useApp();
  const org = me?.organisation;
  const organiser = org !== null && org !== undefined && ORGANISER_TYPES.includes(org.type);
  const approved = org?.status === 'approved';
  const load = useCallback((cursor?: string) => api.bundles.list(cursor), [api]);
  const { items, cursor, busy, more } = usePagedList(load);

  return (
    <div class="page">
      <section class="card" aria-labelledby="bundles-title">
        <div class="card-head">
          <h1 id="bundles-title">{t('bundles.title')}</h1>
          {organiser &&
            (approved ? (
              <a class="button button-primary" data-action="add-bundle" href={screenHref('bundles', ['new'])}>
                {t('bundles.add')}
              </a>
            ) : (
              <button type="button" class="button button-primary" data-action="add-bundle" disabled>
                {t('bundles.add')}
              </button>
            ))}
        </div>
        <p class="muted">{t(organiser ? 'bundles.intro.organiser' : 'bundles.intro.holder')}</p>
        {organiser && !approved && <PendingNote />}
      </section>
      <section class="card" aria-labelledby="bundles-title">
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('bundles.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table" id="bundle-table">
              <thead>
                <tr>
                  <th scope="col">{t('bundle.field.name')}</th>
                  <th scope="col">{t('declaration.field.status')}</th>
                  <th scope="col">{t('bundle.field.role')}</th>
                  <th scope="col">{t('bundle.field.members')}</th>
                  <th scope="col">{t('declaration.field.royalty')}</th>
                  <th scope="col">{t('declaration.field.period')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <BundleRow key={item.bundle.id} item={item} locale={locale} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

function BundleRow({ item, locale }: { item: BundleListItem; locale: Parameters<typeof royaltyLine>[1] }) {
  const { bundle, role, myDecision, awaitingMyConsent } = item;
  return (
    <tr data-bundle-id={bundle.id} data-awaiting={awaitingMyConsent ? 'true' : undefined}>
      <td>
        <div class="cell-title">
          <a class="row-title" href={screenHref('bundles', [bundle.id])}>
            {bundle.name}
          </a>
          <span class="muted small">{bundle.organiserName}</span>
        </div>
      </td>
      <td class="nowrap">
        <BadgePill badge={bundleStatusBadge(bundle.status)} />
      </td>
      <td>
        <span class="pills">
          {role.organiser && <span class="pill pill-info">{t('bundle.role.organiser')}</span>}
          {role.holder && myDecision && !awaitingMyConsent && (
            <BadgePill badge={holderDecisionBadge(myDecision)} />
          )}
          {awaitingMyConsent && <span class="pill pill-warn">{t('bundle.awaitingMyConsent')}</span>}
        </span>
      </td>
      <td class="num">{bundle.members.length}</td>
      <td>{royaltyLine(summaryOf(bundle.royalty), locale)}</td>
      <td class="nowrap small">
        {bundle.period.start}
        <br />
        {bundle.period.end}
      </td>
    </tr>
  );
}
