import { useEffect, useState } from 'preact/hooks';
import { QUOTA_STATUSES, type QuotaOverview, type QuotaStatus } from '../../api/quotas.ts';
import { APPLICABLE_ORG_TYPES, type ApplicableOrgType } from '../../api/types.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { saveFile } from '../../components/save-file.ts';
import { chinaToday } from '../../format/china-today.ts';
import { formatTargetFigure } from '../../format/quota-target-figure.ts';
import {
  formatQuotaValue,
  pickYear,
  quotaStatusBadge,
  statusOf,
  yearOptions,
} from '../../format/quota-view.ts';
import { quotaLabel } from '../../format/quota-wording.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { EvaluationReportPage } from '../quota/evaluation-report-page.tsx';
import { QuotaDashboard } from '../quota/quota-dashboard.tsx';
import { TargetSettingsCard } from './target-settings-card.tsx';

const isType = (value: string | null): value is ApplicableOrgType =>
  (APPLICABLE_ORG_TYPES as readonly (string | null)[]).includes(value);
const isStatus = (value: string | null): value is QuotaStatus =>
  (QUOTA_STATUSES as readonly (string | null)[]).includes(value);

/**
 * 绩效总览 (IP office): `#/quota-overview` every approved organisation's targets and overall status
 * (已达成 / 进度正常 / 有风险 / 未达成), filtered by type and status, with every organisation's evaluation
 * report; `#/quota-overview/{orgId}` one organisation's dashboard with its evidence and chain check.
 */
export function OverviewPage() {
  const { segments, query } = useHashLocation();
  const thisYear = Number(chinaToday().slice(0, 4));
  const year = pickYear(query.get('year'), thisYear);
  const [orgId, sub] = segments;
  if (orgId && sub === 'report')
    return (
      <EvaluationReportPage
        year={year}
        orgId={orgId}
        back={screenHref('quotaOverview', [orgId], { year: String(year) })}
        backLabel={t('overview.backToOrg')}
      />
    );
  if (orgId)
    return (
      <div class="page">
        <section class="card">
          <div class="card-head">
            <h1 id="overview-org-title">{t('overview.orgTitle', { year })}</h1>
            <a class="button button-small" href={screenHref('quotaOverview', [], { year: String(year) })}>
              {t('overview.back')}
            </a>
          </div>
        </section>
        <QuotaDashboard key={`${orgId}-${year}`} year={year} orgId={orgId} />
      </div>
    );
  return <OverviewList year={year} thisYear={thisYear} />;
}

function OverviewList({ year, thisYear }: { year: number; thisYear: number }) {
  const { api, locale, notify, reportError } = useApp();
  const { query } = useHashLocation();
  const askedType = query.get('type');
  const askedStatus = query.get('status');
  const type = isType(askedType) ? askedType : undefined;
  const status = isStatus(askedStatus) ? askedStatus : undefined;
  const [overview, setOverview] = useState<QuotaOverview | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    setOverview(null);
    api.quotas
      .overview(year, { ...(type ? { type } : {}), ...(status ? { status } : {}) })
      .then((answer) => live && setOverview(answer), reportError);
    return () => {
      live = false;
    };
  }, [api, year, type, status, reportError, reloads]);

  const href = (patch: Record<string, string | undefined>) =>
    screenHref('quotaOverview', [], { year: String(year), type, status, ...patch });

  async function downloadAll() {
    setDownloading(true);
    try {
      saveFile(await api.quotas.report(year, 'all'), `绩效评价-全部机构-${year}.xlsx`);
      notify(t('quota.reportDownloaded'));
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <div class="page">
      <section class="card" aria-labelledby="overview-title">
        <div class="card-head">
          <h1 id="overview-title">{t('overview.title')}</h1>
          <span class="actions">
            <label class="nowrap">
              {t('quota.year')}{' '}
              <select
                id="overview-year"
                class="select-inline"
                value={String(year)}
                onChange={(event) => location.replace(href({ year: event.currentTarget.value }))}
              >
                {yearOptions(thisYear).map((option) => (
                  <option key={option} value={String(option)}>
                    {option}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              class="button button-small button-primary"
              data-action="download-all"
              disabled={downloading}
              onClick={downloadAll}
            >
              {t('overview.downloadAll')}
            </button>
          </span>
        </div>
        <p class="muted">{t('overview.intro')}</p>
        <div class="filter-bar" id="overview-filters">
          <label>
            {t('org.field.type')}{' '}
            <select
              id="overview-type"
              class="select-inline"
              value={type ?? ''}
              onChange={(event) => location.replace(href({ type: event.currentTarget.value || undefined }))}
            >
              <option value="">{t('overview.allTypes')}</option>
              {APPLICABLE_ORG_TYPES.map((option) => (
                <option key={option} value={option}>
                  {t(`org.type.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <span class="pills" id="overview-counts">
            <a class={status ? 'chip' : 'chip chip-on'} href={href({ status: undefined })}>
              {t('overview.allStatuses')}
            </a>
            {QUOTA_STATUSES.map((option) => (
              <a
                key={option}
                class={status === option ? 'chip chip-on' : 'chip'}
                href={href({ status: option })}
                data-status-filter={option}
              >
                {t(`quota.status.${option}`)} {overview?.counts[option] ?? 0}
              </a>
            ))}
          </span>
        </div>
      </section>
      <TargetSettingsCard year={year} onSaved={() => setReloads((n) => n + 1)} />
      <section class="card" aria-label={t('overview.title')}>
        {overview === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : overview.items.length === 0 ? (
          <p class="empty">{t('overview.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="table" id="overview-table">
              <thead>
                <tr>
                  <th>{t('org.field.name')}</th>
                  <th>{t('org.field.type')}</th>
                  <th>{t('overview.status')}</th>
                  <th>{t('overview.targets')}</th>
                  <th>{t('confirm.overviewColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.items.map((org) => (
                  <tr key={org.orgId} data-org-id={org.orgId} data-status={org.status}>
                    <td>
                      <a href={screenHref('quotaOverview', [org.orgId], { year: String(year) })}>
                        {org.orgName ?? org.orgId}
                      </a>
                    </td>
                    <td>{org.orgType ? t(`org.type.${org.orgType}`) : '—'}</td>
                    <td>{org.status && <BadgePill badge={quotaStatusBadge(org.status)} />}</td>
                    <td>
                      <ul class="plain-list small">
                        {org.targets.map((target) => (
                          <li
                            key={target.key}
                            data-target={target.key}
                            data-actual={target.actual}
                            data-target-value={target.target}
                          >
                            {t('quota.labelled', {
                              label: quotaLabel(target.key),
                              figures: `${formatQuotaValue(target.actual, target.unitCode, locale)} / ${formatTargetFigure(target.target, target.unitCode, locale)}`,
                            })}{' '}
                            <BadgePill badge={quotaStatusBadge(statusOf(target))} />
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td
                      class="small"
                      data-awaiting-unconfirmed={org.awaiting?.unconfirmed ?? 0}
                      data-awaiting-disputed={org.awaiting?.disputed ?? 0}
                    >
                      {t('confirm.overviewCounts', {
                        unconfirmed: org.awaiting?.unconfirmed ?? 0,
                        disputed: org.awaiting?.disputed ?? 0,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
