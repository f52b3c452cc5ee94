import { useCallback, useEffect, useState } from 'preact/hooks';
import { FEEDBACK_KINDS, type Push, type PushSummary } from '../../api/pushes.ts';
import type { OrgQuotas } from '../../api/quotas.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { saveFile } from '../../components/save-file.ts';
import { usePagedList } from '../../components/use-paged-list.ts';
import { chinaToday } from '../../format/china-today.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { feedbackBadge, formatRate, formatScore, pushStatusBadge } from '../../format/match-explanation.ts';
import { quotaChart } from '../../format/quota-chart.ts';
import { pickYear, yearOptions } from '../../format/quota-view.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { EvaluationReportPage } from './evaluation-report-page.tsx';
import { QuotaDashboard } from './quota-dashboard.tsx';

const FIRST_YEAR = 2024;

/**
 * 年度指标 (every role): the year's targets with their status, chart, evidence and evaluation report; for an
 * agency or park also 精准推送 progress by month as an inline SVG chart, read and feedback rates, and every
 * push of the year with its XLSX export.
 */
export function QuotaPage() {
  const { segments, query } = useHashLocation();
  const thisYear = Number(chinaToday().slice(0, 4));
  const year = pickYear(query.get('year'), thisYear, FIRST_YEAR);
  if (segments[0] === 'report')
    return <EvaluationReportPage year={year} back={screenHref('quota', [], { year: String(year) })} />;
  return <QuotaScreen year={year} thisYear={thisYear} />;
}

function QuotaScreen({ year, thisYear }: { year: number; thisYear: number }) {
  const { api, me, reportError } = useApp();
  const type = me?.organisation?.type;
  const broker = type === 'agency' || type === 'park';
  const [quotas, setQuotas] = useState<OrgQuotas | null>(null);
  const [summary, setSummary] = useState<PushSummary | null>(null);

  useEffect(() => {
    let live = true;
    setQuotas(null);
    setSummary(null);
    if (!broker) return;
    api.quotas.get(year).then((answer) => live && setQuotas(answer), reportError);
    api.pushes.summary(year).then((answer) => live && setSummary(answer), reportError);
    return () => {
      live = false;
    };
  }, [api, year, broker, reportError]);

  const precise = quotas?.targets.find((target) => target.key === 'precise_pushes');

  return (
    <div class="page">
      <section class="card" aria-labelledby="quota-title">
        <div class="card-head">
          <h1 id="quota-title">{t('quota.title')}</h1>
          <label class="nowrap">
            {t('quota.year')}{' '}
            <select
              id="quota-year"
              class="select-inline"
              value={String(year)}
              onChange={(event) =>
                location.replace(screenHref('quota', [], { year: event.currentTarget.value }))
              }
            >
              {yearOptions(thisYear, FIRST_YEAR).map((option) => (
                <option key={option} value={String(option)}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p class="muted">{t('quota.introAll')}</p>
      </section>
      <QuotaDashboard year={year} />
      {summary && <ProgressChart summary={summary} target={precise?.target ?? 0} year={year} />}
      {summary && <Rates summary={summary} />}
      {broker && <Evidence year={year} />}
    </div>
  );
}

function ProgressChart({ summary, target, year }: { summary: PushSummary; target: number; year: number }) {
  const chart = quotaChart(summary.byMonth, target);
  return (
    <section class="card" aria-labelledby="quota-chart-title">
      <h2 id="quota-chart-title">{t('quota.chart')}</h2>
      <p class="muted small">{t('quota.intro')}</p>
      {target > 0 && chart.targetY === null && (
        <p class="small" id="quota-chart-target" data-target={target} data-on-scale="false">
          {t('quota.chartTargetAbove', { target: target.toLocaleString('en-US'), max: chart.max })}
        </p>
      )}
      <svg
        class="quota-chart"
        id="quota-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={t('quota.chartAria', { year })}
        data-max={chart.max}
      >
        {chart.ticks.map((tick) => (
          <g key={tick.value} data-tick={tick.value}>
            <line class="grid" x1={chart.left} x2={chart.right} y1={tick.y} y2={tick.y} />
            <text x={chart.left - 6} y={tick.y + 3} text-anchor="end">
              {tick.value.toLocaleString('en-US')}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.month} data-month={bar.month} data-delivered={bar.delivered}>
            <rect class="bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
              <title>{`${year}-${bar.month}: ${bar.delivered}`}</title>
            </rect>
            <text x={bar.x + bar.width / 2} y={chart.baseline + 14} text-anchor="middle">
              {Number(bar.month)}
            </text>
          </g>
        ))}
        {chart.targetY !== null && (
          <g data-target-line={target}>
            <line
              class="target-line"
              x1={chart.left}
              x2={chart.right}
              y1={chart.targetY}
              y2={chart.targetY}
            />
            <text x={chart.right} y={chart.targetY - 4} text-anchor="end">
              {t('quota.chartTarget', { target: target.toLocaleString('en-US') })}
            </text>
          </g>
        )}
        {chart.pace !== null && <polyline class="pace" points={chart.pace} />}
        <polyline class="total" points={chart.cumulative} />
      </svg>
      <p class="legend">
        <span>
          <span class="legend-swatch" style={{ background: '#9ec5f0' }} />
          {t('quota.legend.month')}
        </span>
        <span>
          <span class="legend-swatch" style={{ background: 'var(--primary)' }} />
          {t('quota.legend.total')}
        </span>
        {chart.pace !== null && (
          <span>
            <span class="legend-swatch" style={{ background: '#98a2b3' }} />
            {t('quota.legend.pace')}
          </span>
        )}
      </p>
    </section>
  );
}

function Rates({ summary }: { summary: PushSummary }) {
  return (
    <section class="card" aria-labelledby="quota-rates-title" id="quota-rates">
      <h2 id="quota-rates-title">{t('quota.rates')}</h2>
      <dl class="details details-compact">
        <dt>{t('quota.delivered')}</dt>
        <dd data-delivered={summary.delivered}>{summary.delivered}</dd>
        <dt>{t('quota.readRate')}</dt>
        <dd data-read-rate>{formatRate(summary.readRate, summary.delivered)}</dd>
        <dt>{t('quota.feedbackRate')}</dt>
        <dd data-feedback-rate>{formatRate(summary.feedbackRate, summary.delivered)}</dd>
        <dt>{t('quota.col.feedback')}</dt>
        <dd>
          {FEEDBACK_KINDS.map((kind) =>
            t('quota.feedbackCount', {
              label: t(`push.feedback.${kind}`),
              count: summary.feedback[kind] ?? 0,
            }),
          ).join('　')}
        </dd>
      </dl>
    </section>
  );
}

function Evidence({ year }: { year: number }) {
  const { api, locale, notify, reportError } = useApp();
  const load = useCallback((cursor?: string) => api.pushes.evidence(year, cursor), [api, year]);
  const { items, cursor, busy, more } = usePagedList(load);
  const [downloading, setDownloading] = useState(false);

  async function download() {
    setDownloading(true);
    try {
      saveFile(await api.pushes.evidenceXlsx(year), `精准推送佐证-${year}.xlsx`);
      notify(t('quota.downloaded'));
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <section class="card" aria-labelledby="quota-evidence-title">
      <div class="card-head">
        <h2 id="quota-evidence-title">{t('quota.evidence')}</h2>
        <button
          type="button"
          class="button button-small"
          data-action="download-evidence"
          disabled={downloading}
          onClick={download}
        >
          {t('quota.download')}
        </button>
      </div>
      {items === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty">{t('quota.evidenceEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" id="evidence-table">
            <thead>
              <tr>
                <th>{t('quota.col.time')}</th>
                <th>{t('quota.col.listing')}</th>
                <th>{t('quota.col.enterprise')}</th>
                <th>{t('quota.col.broker')}</th>
                <th>{t('quota.col.score')}</th>
                <th>{t('quota.col.status')}</th>
                <th>{t('quota.col.feedback')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((push: Push) => (
                <tr key={push.id} data-push-id={push.id} data-status={push.status}>
                  <td class="nowrap">{formatDateTime(push.approvedAt, locale)}</td>
                  <td>{push.listingTitle}</td>
                  <td>{push.enterpriseName}</td>
                  <td>{push.auto ? t('inbox.auto') : push.brokerName}</td>
                  <td class="mono">{formatScore(push.score)}</td>
                  <td>
                    <BadgePill badge={pushStatusBadge(push.status)} />
                  </td>
                  <td>{push.feedback ? <BadgePill badge={feedbackBadge(push.feedback.kind)} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore cursor={cursor} busy={busy} onMore={more} />
    </section>
  );
}
