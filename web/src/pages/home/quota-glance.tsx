import type { Waiting, WaitingQuotaTarget } from '@openlicense/contract/waiting';
import { BadgePill } from '../../components/badge-pill.tsx';
import { formatAmount } from '../../format/money.ts';
import { formatTargetFigure } from '../../format/quota-target-figure.ts';
import { quotaStatusBadge } from '../../format/quota-view.ts';
import { type Locale, t } from '../../i18n/messages.ts';
import { ROUTES } from '../../router/routes.ts';

type Quota = NonNullable<Waiting['quota']>;

/** Money targets travel in fen (`*_fen`); the rest are counts. */
const figure = (key: WaitingQuotaTarget['key'], value: number, locale: Locale) =>
  key.endsWith('_fen') ? formatAmount(value, locale) : value.toLocaleString('en-US');

/** The target's own figure: a 1-fen amount target (any amount meets it) reads 大于 0 元, a zero one 无要求. */
export const targetFigure = (target: WaitingQuotaTarget, locale: Locale) =>
  target.key.endsWith('_fen') || target.target <= 0
    ? formatTargetFigure(target.target, 'fen', locale)
    : figure(target.key, target.target, locale);

/** A target that needs attention: behind the year's pace, or the year is over and it was not reached. */
export const needsAttention = (target: Pick<WaitingQuotaTarget, 'status'>) =>
  target.status === 'at_risk' || target.status === 'missed';

/**
 * 年度指标 at a glance: each target as done / target with its status, those at risk highlighted, and a
 * link to the quota page where the evidence behind each figure is.
 */
export function QuotaGlance({ quota, locale }: { quota: Quota; locale: Locale }) {
  const behind = quota.targets.filter(needsAttention).length;
  return (
    <section class="card" aria-labelledby="home-quota-title" id="home-quota" data-status={quota.status}>
      <div class="card-head">
        <h2 id="home-quota-title">
          {t('home.quota.title', { year: quota.year })} <BadgePill badge={quotaStatusBadge(quota.status)} />
        </h2>
        <a class="button button-small" href={ROUTES.quota} data-link="quota">
          {t('home.quota.open')}
        </a>
      </div>
      {behind > 0 && (
        <p class="quota-behind small" data-quota-behind={behind}>
          {t('home.quota.atRisk', { count: behind })}
        </p>
      )}
      <ul class="quota-glance">
        {quota.targets.map((target) => (
          <li
            key={target.key}
            class={needsAttention(target) ? 'attention' : undefined}
            data-target={target.key}
            data-status={target.status}
          >
            <span class="strong">{t(`home.quota.key.${target.key}`)}</span>
            <span data-figure>
              {t('home.quota.figure', {
                actual: figure(target.key, target.actual, locale),
                target: targetFigure(target, locale),
              })}
            </span>
            {target.either && (
              <span class="muted small">
                {t('home.quota.either', {
                  actual: formatAmount(target.either.actual, locale),
                  target: formatAmount(target.either.target, locale),
                })}
              </span>
            )}
            <BadgePill badge={quotaStatusBadge(target.status)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
