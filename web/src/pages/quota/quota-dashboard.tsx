import { useEffect, useState } from 'preact/hooks';
import {
  type ChainCheck,
  type EvidenceEntry,
  type EvidenceList,
  type OrgQuotas,
  QUOTA_KEYS,
  type QuotaTargetView,
} from '../../api/quotas.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { Phrased } from '../../components/phrase.tsx';
import { saveFile } from '../../components/save-file.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { formatRate } from '../../format/match-explanation.ts';
import { formatAmount } from '../../format/money.ts';
import { formatTargetFigure } from '../../format/quota-target-figure.ts';
import {
  evidenceCounterpart,
  quotaStatusBadge,
  shortHash,
  statusOf,
  targetChart,
  targetProgress,
} from '../../format/quota-view.ts';
import {
  chainFinding,
  evidenceSummary,
  quotaBasis,
  quotaEitherLabel,
  quotaFigure,
  quotaLabel,
} from '../../format/quota-wording.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/**
 * One organisation's yearly targets (年度指标) for any role: each target with its actual, the pace the year
 * asks for, its status (已达成 / 进度正常 / 有风险 / 未达成), a chart of all targets, the evidence rows behind
 * each one with the hash-chain check, and the evaluation report (绩效评价 XLSX). The IP office passes `orgId`.
 */
export function QuotaDashboard({ year, orgId }: { year: number; orgId?: string }) {
  const { api, reportError } = useApp();
  const [quotas, setQuotas] = useState<OrgQuotas | null>(null);

  useEffect(() => {
    let live = true;
    setQuotas(null);
    api.quotas.get(year, orgId).then((answer) => live && setQuotas(answer), reportError);
    return () => {
      live = false;
    };
  }, [api, year, orgId, reportError]);

  if (quotas === null) return <p class="muted center">{t('common.loading')}</p>;
  return (
    <>
      <Targets quotas={quotas} />
      {quotas.targets.length > 0 && <TargetsChart targets={quotas.targets} year={year} />}
      <EvidenceCard quotas={quotas} year={year} orgId={orgId} />
    </>
  );
}

function Targets({ quotas }: { quotas: OrgQuotas }) {
  const { locale } = useApp();
  return (
    <section class="card" aria-labelledby="targets-title" id="quota-targets" data-org-id={quotas.orgId}>
      <div class="card-head">
        <h2 id="targets-title">
          {quotas.orgName ? t('quota.targetsOf', { name: quotas.orgName }) : t('quota.targets')}
        </h2>
        {quotas.status && (
          <span id="quota-overall" data-status={quotas.status}>
            <BadgePill badge={quotaStatusBadge(quotas.status)} />
          </span>
        )}
      </div>
      {quotas.targets.length === 0 ? (
        <p class="empty">{t('quota.noTargets')}</p>
      ) : (
        quotas.targets.map((target) => <TargetRow key={target.key} target={target} locale={locale} />)
      )}
      {quotas.awaiting && quotas.awaiting.unconfirmed + quotas.awaiting.disputed > 0 && (
        <p
          class="banner small"
          id="quota-awaiting"
          data-unconfirmed={quotas.awaiting.unconfirmed}
          data-disputed={quotas.awaiting.disputed}
        >
          {t('confirm.quotaNote', quotas.awaiting)}
        </p>
      )}
    </section>
  );
}

function TargetRow({ target, locale }: { target: QuotaTargetView; locale: 'zh-CN' | 'en' }) {
  const progress = targetProgress(target);
  const status = statusOf(target);
  const value = (n: number, unitCode = target.unitCode) => quotaFigure(n, unitCode, locale);
  const label = quotaLabel(target.key);
  const basis = quotaBasis(target, locale);
  return (
    <div
      class="quota-target"
      data-target={target.key}
      data-actual={target.actual}
      data-status={status}
      data-target-value={target.target}
    >
      <div class="quota-figures">
        <span class="quota-figure">
          <strong data-actual>{value(target.actual)}</strong>{' '}
          <span class="muted">
            / {t('quota.targetOf', { target: formatTargetFigure(target.target, target.unitCode, locale) })}
            {target.upTo !== undefined && target.upTo > target.target && ` – ${value(target.upTo)}`}
          </span>
        </span>
        <span class="strong" data-quota-label>
          {label}
        </span>
        <span data-quota-status={status}>
          <BadgePill badge={quotaStatusBadge(status)} />
        </span>
        <span class="muted small">{t('quota.percent', { percent: formatRate(progress, 1) })}</span>
      </div>
      {target.either && (
        <p class="small" data-either>
          {t('quota.either', {
            label: quotaEitherLabel(target.either),
            actual: value(target.either.actual, target.either.unitCode),
            target: value(target.either.target, target.either.unitCode),
          })}
        </p>
      )}
      {target.expected !== undefined && status !== 'met' && (
        <p class="muted small">
          {t('quota.expected', {
            // 1 fen asked of "any amount" reads 大于 0 元, not 0.01元.
            expected:
              target.expected > 0
                ? formatTargetFigure(target.expected, target.unitCode, locale)
                : value(target.expected),
          })}
        </p>
      )}
      {basis && (
        <p class="muted small" data-quota-basis>
          {basis}
        </p>
      )}
      <div
        class="quota-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-label={label}
      >
        <span style={{ width: `${Math.round(progress * 1000) / 10}%` }} />
      </div>
    </div>
  );
}

function TargetsChart({ targets, year }: { targets: readonly QuotaTargetView[]; year: number }) {
  const chart = targetChart(targets);
  return (
    <section class="card" aria-labelledby="targets-chart-title">
      <h2 id="targets-chart-title">{t('quota.targetsChart')}</h2>
      <svg
        class="quota-chart targets-chart"
        id="targets-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={t('quota.targetsChartAria', { year })}
      >
        {chart.bars.map((bar) => (
          <g key={bar.key} data-chart-target={bar.key} data-progress={Math.round(bar.progress * 100)}>
            <text x={chart.trackX - 8} y={bar.y + chart.rowHeight / 2 + 4} text-anchor="end">
              {shortLabel(quotaLabel(bar.key as QuotaTargetView['key']))}
            </text>
            <rect
              class="track"
              x={chart.trackX}
              y={bar.y + 8}
              width={chart.trackWidth}
              height={chart.rowHeight - 16}
            />
            <rect
              class={`bar bar-${bar.status}`}
              x={chart.trackX}
              y={bar.y + 8}
              width={bar.width}
              height={chart.rowHeight - 16}
            >
              <title>{`${quotaLabel(bar.key as QuotaTargetView['key'])}: ${Math.round(bar.progress * 100)}%`}</title>
            </rect>
            {bar.paceX !== null && (
              <line
                class="pace-mark"
                x1={bar.paceX}
                x2={bar.paceX}
                y1={bar.y + 4}
                y2={bar.y + chart.rowHeight - 4}
              />
            )}
            <text x={chart.trackX + chart.trackWidth + 6} y={bar.y + chart.rowHeight / 2 + 4}>
              {`${Math.round(bar.progress * 100)}%`}
            </text>
          </g>
        ))}
      </svg>
      <p class="legend">
        <span>
          <span class="legend-swatch" style={{ background: 'var(--primary)' }} />
          {t('quota.legend.progress')}
        </span>
        <span>
          <span class="legend-swatch" style={{ background: '#98a2b3' }} />
          {t('quota.legend.paceMark')}
        </span>
      </p>
    </section>
  );
}

function EvidenceCard({
  quotas,
  year,
  orgId,
}: {
  quotas: OrgQuotas;
  year: number;
  orgId?: string | undefined;
}) {
  const { api, locale, notify, reportError } = useApp();
  const keys = quotas.targets
    .map((target) => target.key)
    .filter((key) => (QUOTA_KEYS as readonly string[]).includes(key));
  const [target, setTarget] = useState<string>(keys[0] ?? '');
  const [evidence, setEvidence] = useState<EvidenceList | null>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [downloading, setDownloading] = useState(false);

  useEffect(() => {
    let live = true;
    setEvidence(null);
    api.quotas.evidence(year, { ...(orgId ? { orgId } : {}), ...(target ? { target } : {}) }).then(
      (answer) => live && setEvidence(answer),
      (error: unknown) => {
        if (!live) return;
        setEvidence({ orgId: quotas.orgId, year, items: [] });
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, year, orgId, target, quotas.orgId, reportError]);

  async function more() {
    if (evidence?.nextAfter === undefined) return;
    setLoadingMore(true);
    try {
      const next = await api.quotas.evidence(year, {
        ...(orgId ? { orgId } : {}),
        ...(target ? { target } : {}),
        after: evidence.nextAfter,
      });
      setEvidence((current) => (current ? { ...next, items: [...current.items, ...next.items] } : next));
    } catch (error) {
      reportError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  async function verify() {
    setChecking(true);
    try {
      setCheck(await api.quotas.verify(orgId));
    } catch (error) {
      reportError(error);
    } finally {
      setChecking(false);
    }
  }

  async function download() {
    setDownloading(true);
    try {
      saveFile(
        await api.quotas.report(year, orgId),
        `绩效评价-${quotas.orgName ?? quotas.orgId}-${year}.xlsx`,
      );
      notify(t('quota.reportDownloaded'));
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  }

  const totals = evidence?.totals;
  return (
    <section class="card" aria-labelledby="target-evidence-title" id="target-evidence">
      <div class="card-head">
        <h2 id="target-evidence-title">{t('quota.targetEvidence')}</h2>
        <span class="actions">
          <button
            type="button"
            class="button button-small"
            data-action="verify-chain"
            disabled={checking}
            onClick={verify}
          >
            {t('quota.verifyChain')}
          </button>
          <a
            class="button button-small"
            data-action="print-report"
            href={
              orgId
                ? screenHref('quotaOverview', [orgId, 'report'], { year: String(year) })
                : screenHref('quota', ['report'], { year: String(year) })
            }
          >
            {t('quota.printReport')}
          </a>
          <button
            type="button"
            class="button button-small button-primary"
            data-action="download-report"
            disabled={downloading}
            onClick={download}
          >
            {t('quota.downloadReport')}
          </button>
        </span>
      </div>
      {check && (
        <p
          class={check.ok ? 'banner banner-info' : 'banner banner-danger'}
          id="chain-check"
          data-ok={check.ok ? 'true' : 'false'}
          data-broken-at={check.brokenAt ?? ''}
        >
          {check.ok
            ? t('quota.chainOk', { entries: check.entries })
            : t('quota.chainBroken', { seq: check.brokenAt ?? '?', message: chainFinding(check, locale) })}
        </p>
      )}
      {keys.length > 0 && (
        <div class="tabs" role="tablist" aria-label={t('quota.targetEvidence')}>
          {quotas.targets.map((option) => (
            <button
              key={option.key}
              type="button"
              role="tab"
              aria-selected={option.key === target}
              data-evidence-target={option.key}
              onClick={() => setTarget(option.key)}
            >
              {quotaLabel(option.key)}
            </button>
          ))}
        </div>
      )}
      {evidence === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : evidence.items.length === 0 ? (
        <p class="empty">{t('quota.targetEvidenceEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" id="target-evidence-table" data-target={target}>
            <thead>
              <tr>
                <th class="num">{t('quota.col.seq')}</th>
                <th>{t('quota.col.at')}</th>
                <th>{t('quota.col.kind')}</th>
                <th>{t('quota.col.summary')}</th>
                <th>{t('quota.col.counterpart')}</th>
                <th class="num">{t('quota.col.amount')}</th>
                <th>{t('quota.col.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {evidence.items.map((entry) => (
                <tr
                  key={entry.seq}
                  data-seq={entry.seq}
                  data-kind={entry.kind}
                  data-subject-id={entry.subjectId}
                >
                  <td class="num mono">{entry.seq}</td>
                  <td class="nowrap">{formatDateTime(entry.at, locale)}</td>
                  <td>{t(`evidence.kind.${entry.kind}`)}</td>
                  <td data-evidence-summary>
                    <Summary entry={entry} locale={locale} />
                  </td>
                  <td>{evidenceCounterpart(entry) || '—'}</td>
                  <td class="num">
                    {entry.amountFen !== undefined ? formatAmount(entry.amountFen, locale) : '—'}
                  </td>
                  <td class="mono small" title={entry.hash}>
                    {shortHash(entry.hash)}
                  </td>
                </tr>
              ))}
            </tbody>
            {totals && (
              <tfoot>
                <tr data-totals>
                  <th scope="row" colspan={5}>
                    {t('quota.totals', { rows: totals.rows, count: totals.count })}
                  </th>
                  <td class="num strong nowrap">{formatAmount(totals.amountFen, locale)}</td>
                  <td />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {evidence?.nextAfter !== undefined && (
        <div class="load-more">
          <button
            type="button"
            class="button"
            data-action="more-evidence"
            disabled={loadingMore}
            onClick={more}
          >
            {loadingMore ? t('common.loading') : t('common.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

/** A chart row's label, cut to fit beside the track (a Chinese name at 14 characters, an English one at 28). */
const shortLabel = (label: string) => {
  const room = /[\u4e00-\u9fff]/.test(label) ? 14 : 28;
  return label.length > room ? `${label.slice(0, room)}…` : label;
};

/** An evidence row's summary in the reader's language (see {@link evidenceSummary}). */
export function Summary({ entry, locale }: { entry: EvidenceEntry; locale: 'zh-CN' | 'en' }) {
  return <Phrased phrase={evidenceSummary(entry, locale)} />;
}
