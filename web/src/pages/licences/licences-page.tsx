import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  type FilingsDue,
  LICENCE_SIDES,
  type LicenceSide,
  type Notification,
  type OpenLicence,
} from '../../api/licences.ts';
import type { OrgType } from '../../api/types.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { chinaToday } from '../../format/china-today.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { filingBadge, licenceStatusBadge, outstandingFen } from '../../format/licence-view.ts';
import { formatAmount } from '../../format/money.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { AcceptancePage } from './acceptance-page.tsx';
import { LicenceDetail } from './licence-detail.tsx';
import { NoticePage } from './notice-page.tsx';

/**
 * 开放许可: `#/licences` the organisation's licences (as licensee, licensor or broker) with filing deadlines,
 * `#/licences/take/{listing|bundle}/{id}` the acceptance flow, `#/licences/{id}` one licence (payment,
 * filing, royalty reports), `#/licences/{id}/notice` the printable written notice.
 */
export function LicencesPage() {
  const { segments } = useHashLocation();
  const [first, second, third] = segments;
  if (first === 'take' && (second === 'listing' || second === 'bundle') && third)
    return <AcceptancePage key={`${second}-${third}`} kind={second} offerId={third} />;
  if (first && second === 'notice') return <NoticePage key={`${first}-notice`} id={first} />;
  if (first) return <LicenceDetail key={first} id={first} />;
  return <LicenceList />;
}

/** The side an organisation of `type` usually looks from first. */
export function defaultSide(type: OrgType | undefined): LicenceSide {
  if (type === 'university') return 'licensor';
  if (type === 'agency' || type === 'park') return 'broker';
  return 'licensee';
}

const isSide = (value: string | null): value is LicenceSide =>
  (LICENCE_SIDES as readonly (string | null)[]).includes(value);

function LicenceList() {
  const { api, me } = useApp();
  const { query } = useHashLocation();
  const type = me?.organisation?.type;
  const office = type === 'ip_office';
  const asked = query.get('as');
  const side: LicenceSide = isSide(asked) ? asked : defaultSide(type);
  const load = useCallback((cursor?: string) => api.licences.list(side, cursor), [api, side]);

  return (
    <div class="page">
      <section class="card" aria-labelledby="licences-title">
        <h1 id="licences-title">{t('licences.title')}</h1>
        <p class="muted">{t('licences.intro')}</p>
      </section>
      {type === 'enterprise' && <Reminders />}
      <Filings due="overdue" />
      {!office && <Filings due="soon" />}
      {!office && (
        <section class="card" aria-label={t('licences.title')}>
          <div class="tabs" role="tablist" aria-label={t('licences.title')}>
            {LICENCE_SIDES.map((option) => (
              <a
                key={option}
                role="tab"
                href={screenHref('licences', [], { as: option })}
                aria-selected={option === side}
                data-side={option}
              >
                {t(`licences.as.${option}`)}
              </a>
            ))}
          </div>
          <LicenceTable
            key={side}
            load={load}
            side={side}
            id="licence-table"
            empty={t(`licences.empty.${side}`)}
          />
        </section>
      )}
    </div>
  );
}

/** The organisation's licences whose filing is overdue or due within 30 days (the IP office: every overdue one). */
function Filings({ due }: { due: FilingsDue }) {
  const { api } = useApp();
  const load = useCallback((cursor?: string) => api.licences.filings(due, cursor), [api, due]);
  return (
    <section class="card" aria-labelledby={`filings-${due}-title`}>
      <h2 id={`filings-${due}-title`}>{t(`licences.filings.${due}`)}</h2>
      <LicenceTable
        load={load}
        side="licensee"
        id={`filings-${due}`}
        empty={t(`licences.filings.${due}Empty`)}
      />
    </section>
  );
}

function LicenceTable({
  load,
  side,
  id,
  empty,
}: {
  load: (cursor?: string) => Promise<{ items: OpenLicence[]; nextCursor?: string }>;
  side: LicenceSide;
  id: string;
  empty: string;
}) {
  const { locale } = useApp();
  const { items, cursor, busy, more } = usePagedList(load);
  const today = chinaToday();
  if (items === null) return <p class="muted">{t('common.loading')}</p>;
  if (items.length === 0) return <p class="empty">{empty}</p>;
  return (
    <>
      <div class="table-wrap">
        <table class="table" id={id}>
          <thead>
            <tr>
              <th>{t('licences.col.offer')}</th>
              <th>{side === 'licensee' ? t('licences.col.licensors') : t('licences.col.licensee')}</th>
              <th>{t('licences.col.status')}</th>
              <th>{t('licences.col.effective')}</th>
              <th>{t('licences.col.filing')}</th>
              <th class="num">{t('licences.col.outstanding')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((licence) => {
              const filing = filingBadge(licence, today);
              const owed = outstandingFen(licence);
              return (
                <tr key={licence.id} data-licence-id={licence.id} data-status={licence.status}>
                  <td>
                    <a href={screenHref('licences', [licence.id])}>{licence.offer.title}</a>
                    <div class="muted small mono">{licence.offer.patentNumbers.join('、')}</div>
                  </td>
                  <td>
                    {side === 'licensee'
                      ? licence.licensors.map((party) => party.name).join('、')
                      : licence.licensee.name}
                  </td>
                  <td>
                    <BadgePill badge={licenceStatusBadge(licence.status)} />
                  </td>
                  <td class="nowrap">{licence.effectiveDate ?? '—'}</td>
                  <td data-filing>{filing ? <BadgePill badge={filing} /> : '—'}</td>
                  <td class="num">{owed > 0 ? formatAmount(owed, locale) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LoadMore cursor={cursor} busy={busy} onMore={more} />
    </>
  );
}

/** Filing reminders sent to the licensee's inbox by the daily job. */
function Reminders() {
  const { api, locale } = useApp();
  const [items, setItems] = useState<Notification[] | null>(null);
  useEffect(() => {
    let live = true;
    // Reminders are a convenience: a server without them leaves the card out.
    api.licences.notifications().then(
      (page) => live && setItems(page.items),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (!items || items.length === 0) return null;
  return (
    <section class="card" aria-labelledby="reminders-title" id="filing-reminders">
      <h2 id="reminders-title">{t('licences.reminders')}</h2>
      <ul class="plain-list">
        {items.slice(0, 10).map((item) => (
          <li key={item.id} data-notification-id={item.id} data-kind={item.kind}>
            <a href={screenHref('licences', [item.subjectId])}>{localiseServerMessage(item.title, locale)}</a>{' '}
            <span class="muted small">{formatDateTime(item.createdAt, locale)}</span>
            <div class="small">{localiseServerMessage(item.body, locale)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
