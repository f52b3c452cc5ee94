import { useEffect, useState } from 'preact/hooks';
import type { AwaitingItem } from '../../api/confirmations.ts';
import type { EvidenceList, OrgQuotas } from '../../api/quotas.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { Phrased } from '../../components/phrase.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { evaluationSections } from '../../format/evaluation-sections.ts';
import { formatAmount } from '../../format/money.ts';
import { formatTargetFigure } from '../../format/quota-target-figure.ts';
import {
  evidenceCounterpart,
  formatQuotaValue,
  quotaStatusBadge,
  shortHash,
  statusOf,
} from '../../format/quota-view.ts';
import { awaitingTitle, quotaEitherLabel, quotaLabel } from '../../format/quota-wording.ts';
import { t } from '../../i18n/messages.ts';
import { Summary } from './quota-dashboard.tsx';

/**
 * 绩效评价 as a print-ready page: the summary of every target (target, actual, status), then one table per
 * target with its evidence rows and their totals — the same content as the XLSX. Printing hides the nav and
 * buttons. `back` is where the page's own link returns to.
 */
export function EvaluationReportPage({
  year,
  orgId,
  back,
  backLabel = t('quota.backToTargets'),
}: {
  year: number;
  orgId?: string;
  back: string;
  /** Names where `back` leads (the report is printed from the yearly targets, or from the IP office's view of one organisation). */
  backLabel?: string;
}) {
  const { api, locale, reportError } = useApp();
  const [quotas, setQuotas] = useState<OrgQuotas | null>(null);
  const [evidence, setEvidence] = useState<Record<string, EvidenceList>>({});
  const [awaiting, setAwaiting] = useState<AwaitingItem[] | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const answer = await api.quotas.get(year, orgId);
      if (!live) return;
      setQuotas(answer);
      const waiting = await api.confirmations.list({ year, ...(orgId ? { orgId } : {}) });
      if (!live) return;
      setAwaiting(waiting.items);
      const sections = evaluationSections(answer);
      const lists = await Promise.all(
        sections.map((section) =>
          api.quotas.evidence(year, { ...(orgId ? { orgId } : {}), target: section.key }),
        ),
      );
      if (!live) return;
      setEvidence(Object.fromEntries(sections.map((section, i) => [section.key, lists[i] as EvidenceList])));
    })().catch(reportError);
    return () => {
      live = false;
    };
  }, [api, year, orgId, reportError]);

  const value = (n: number, unit: string) => formatQuotaValue(n, unit, locale);
  return (
    <div class="page">
      <div class="actions no-print">
        <a class="button button-small" href={back} data-action="back">
          {backLabel}
        </a>
        <button
          type="button"
          class="button button-primary button-small"
          data-action="print"
          onClick={() => print()}
        >
          {t('notice.print')}
        </button>
      </div>
      {quotas === null ? (
        <p class="muted center">{t('common.loading')}</p>
      ) : (
        <article class="card evaluation-report" id="evaluation-report" data-org-id={quotas.orgId}>
          <h1>{t('evaluation.title', { year, name: quotas.orgName ?? quotas.orgId })}</h1>
          <p class="muted small">
            {quotas.orgType ? t(`org.type.${quotas.orgType}`) : ''} ·{' '}
            {t('evaluation.printedAt', { at: formatDateTime(new Date().toISOString(), locale) })}
          </p>
          <h2>{t('evaluation.summary')}</h2>
          <table class="table" id="evaluation-summary">
            <thead>
              <tr>
                <th>{t('evaluation.target')}</th>
                <th class="num">{t('evaluation.goal')}</th>
                <th class="num">{t('evaluation.actual')}</th>
                <th>{t('evaluation.status')}</th>
              </tr>
            </thead>
            <tbody>
              {quotas.targets.map((target) => (
                <tr key={target.key} data-target={target.key} data-actual={target.actual}>
                  <td>
                    {quotaLabel(target.key)}
                    {target.either && (
                      <div class="muted small">
                        {t('quota.either', {
                          label: quotaEitherLabel(target.either),
                          actual: value(target.either.actual, target.either.unitCode),
                          target: value(target.either.target, target.either.unitCode),
                        })}
                      </div>
                    )}
                  </td>
                  <td class="num nowrap">{formatTargetFigure(target.target, target.unitCode, locale)}</td>
                  <td class="num nowrap">{value(target.actual, target.unitCode)}</td>
                  <td>
                    <BadgePill badge={quotaStatusBadge(statusOf(target))} />
                  </td>
                </tr>
              ))}
              {evaluationSections(quotas)
                .filter((section) => section.untargeted)
                .map((section) => {
                  const held = evidence[section.key]?.totals?.count;
                  return (
                    <tr key={section.key} data-target={section.key} data-untargeted data-actual={held ?? ''}>
                      <td>{quotaLabel(section.key)}</td>
                      <td class="num nowrap">{t('evaluation.noTarget')}</td>
                      <td class="num nowrap">{held ?? '…'}</td>
                      <td class="muted small">{t('evaluation.notAssessed')}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
          <section class="evaluation-section" id="evaluation-awaiting" data-count={awaiting?.length ?? ''}>
            <h2>{t('confirm.evaluationTitle')}</h2>
            <p class="muted small">{t('confirm.evaluationIntro')}</p>
            {awaiting === null ? (
              <p class="muted">{t('common.loading')}</p>
            ) : awaiting.length === 0 ? (
              <p class="empty">{t('confirm.evaluationEmpty')}</p>
            ) : (
              <table class="table">
                <thead>
                  <tr>
                    <th>{t('evaluation.status')}</th>
                    <th>{t('quota.col.at')}</th>
                    <th>{t('quota.col.summary')}</th>
                    <th>{t('quota.col.counterpart')}</th>
                    <th class="num">{t('quota.col.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {awaiting.map((item) => (
                    <tr
                      key={`${item.id}/${item.receiptId ?? ''}`}
                      data-awaiting-id={item.id}
                      data-status={item.status}
                    >
                      <td>{t(`confirm.awaiting.${item.status}`)}</td>
                      <td class="nowrap">{formatDateTime(item.since, locale)}</td>
                      <td>
                        <Phrased phrase={awaitingTitle(item, locale)} />
                        {item.reason ? (
                          <div class="muted small">{t('confirm.reasonWas', { reason: item.reason })}</div>
                        ) : null}
                      </td>
                      <td>{item.counterpart}</td>
                      <td class="num nowrap">{formatAmount(item.amountFen, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {evaluationSections(quotas).map((target) => {
            const list = evidence[target.key];
            return (
              <section key={target.key} class="evaluation-section" data-evidence-for={target.key}>
                <h2>{t('evaluation.evidenceOf', { label: quotaLabel(target.key) })}</h2>
                {target.untargeted && <p class="muted small">{t('evaluation.noTargetNote')}</p>}
                {!list ? (
                  <p class="muted">{t('common.loading')}</p>
                ) : list.items.length === 0 ? (
                  <p class="empty">{t('quota.targetEvidenceEmpty')}</p>
                ) : (
                  <table class="table">
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
                      {list.items.map((entry) => (
                        <tr key={entry.seq} data-seq={entry.seq} data-subject-id={entry.subjectId}>
                          <td class="num mono">{entry.seq}</td>
                          <td class="nowrap">{formatDateTime(entry.at, locale)}</td>
                          <td>{t(`evidence.kind.${entry.kind}`)}</td>
                          <td data-evidence-summary>
                            <Summary entry={entry} locale={locale} />
                          </td>
                          <td>{evidenceCounterpart(entry) || '—'}</td>
                          <td class="num nowrap">
                            {entry.amountFen !== undefined ? formatAmount(entry.amountFen, locale) : '—'}
                          </td>
                          <td class="mono small">{shortHash(entry.hash)}</td>
                        </tr>
                      ))}
                    </tbody>
                    {list.totals && (
                      <tfoot>
                        <tr data-totals>
                          <th scope="row" colspan={5}>
                            {t('quota.totals', { rows: list.totals.rows, count: list.totals.count })}
                          </th>
                          <td class="num strong nowrap">{formatAmount(list.totals.amountFen, locale)}</td>
                          <td />
                        </tr>
                      </tfoot>
                    )}
                  </table>
                )}
              </section>
            );
          })}
        </article>
      )}
    </div>
  );
}
