import { useCallback } from 'preact/hooks';
import { DECLARATION_STATUSES, type Declaration, type DeclarationStatus } from '../../api/declarations.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { declarationStatusBadge } from '../../format/declaration-badges.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { royaltyLine, summaryOf } from '../../format/royalty-text.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/** A status named in the hash (`#/declarations?status=published`), or all. */
export function statusFromQuery(query: URLSearchParams): DeclarationStatus | undefined {
  const status = query.get('status');
  return (DECLARATION_STATUSES as readonly string[]).includes(status ?? '')
    ? (status as DeclarationStatus)
    : undefined;
}

/** 开放许可声明: the organisation's declarations, newest first, filtered by status. */
export function DeclarationList({ query }: { query: URLSearchParams }) {
  const { api } = useApp();
  const status = statusFromQuery(query);
  const load = useCallback((cursor?: string) => api.declarations.list(status, cursor), [api, status]);
  const { items, cursor, busy, more } = usePagedList(load);

  return (
    <div class="page">
      <section class="card" aria-labelledby="declarations-title">
        <div class="card-head">
          <h1 id="declarations-title">{t('declarations.title')}</h1>
          <a class="button button-primary" data-action="declare" href={screenHref('declarations', ['new'])}>
            {t('declarations.declare')}
          </a>
        </div>
        <p class="muted">{t('declarations.intro')}</p>
      </section>
      <section class="card" aria-labelledby="declarations-title">
        <div class="tabs" role="tablist" aria-label={t('declarations.filter')}>
          <a role="tab" href={screenHref('declarations')} aria-selected={status === undefined} data-status="">
            {t('needs.filter.all')}
          </a>
          {DECLARATION_STATUSES.map((option) => (
            <a
              key={option}
              role="tab"
              href={screenHref('declarations', [], { status: option })}
              aria-selected={option === status}
              data-status={option}
            >
              {t(`declaration.status.${option}`)}
            </a>
          ))}
        </div>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('declarations.empty')}</p>
        ) : (
          <DeclarationTable items={items} />
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

function DeclarationTable({ items }: { items: readonly Declaration[] }) {
  const { locale } = useApp();
  return (
    <div class="table-wrap">
      <table class="table" id="declaration-table">
        <thead>
          <tr>
            <th scope="col">{t('patent.field.number')}</th>
            <th scope="col">{t('patent.field.title')}</th>
            <th scope="col">{t('declaration.field.status')}</th>
            <th scope="col">{t('declaration.field.royalty')}</th>
            <th scope="col">{t('declaration.field.period')}</th>
            <th scope="col">{t('need.field.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((declaration) => (
            <tr
              key={declaration.id}
              data-declaration-id={declaration.id}
              data-number={declaration.patentNumber}
            >
              <td class="mono nowrap">{displayPatentNumber(declaration.patentNumber)}</td>
              <td>
                <a class="row-title" href={screenHref('declarations', [declaration.id])}>
                  {declaration.listing.title}
                </a>
              </td>
              <td class="nowrap">
                <BadgePill badge={declarationStatusBadge(declaration.status)} />
              </td>
              <td>{royaltyLine(summaryOf(declaration.royalty), locale)}</td>
              <td class="nowrap small">
                {declaration.period.start}
                <br />
                {declaration.period.end}
              </td>
              <td class="nowrap muted small">{formatDateTime(declaration.updatedAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
