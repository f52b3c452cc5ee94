import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ConversionNeedView } from '../../api/conversion-needs.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { formatBudget } from '../../format/money.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { regionName } from '../../format/region-name.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { AnswerForm } from './answer-form.tsx';
import { conversionNeedBadge } from './conversion-need-item.tsx';

/**
 * One conversion need: what the university asks and offers; for the poster, the answers (each a deal lead)
 * and withdrawing; for an approved enterprise, the answer form; others see how many answered.
 */
export function ConversionNeedDetail({ id }: { id: string }) {
  const { api, me, locale, notify, reportError } = useApp();
  const [view, setView] = useState<ConversionNeedView | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setView(await api.conversionNeeds.get(id));
    } catch (error) {
      reportError(error);
      go(screenHref('conversionNeeds'), { replace: true });
    }
  }, [api, id, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!view) return <p class="muted center">{t('common.loading')}</p>;
  const { need, answers } = view;
  const orgId = me?.organisation?.id;
  const poster = orgId === need.posterOrgId;
  const live = need.status === 'open' || need.status === 'answered';
  const canAnswer =
    live &&
    me?.organisation?.type === 'enterprise' &&
    me.organisation.status === 'approved' &&
    !view.answeredByMe;

  async function withdraw() {
    setBusy(true);
    try {
      await api.conversionNeeds.withdraw(need.id);
      notify(t('cneed.withdrawn'));
      await load();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page">
      <section class="card" aria-labelledby="cneed-detail-title" data-conversion-need-id={need.id}>
        <div class="card-head">
          <div class="title-line">
            <h1 id="cneed-detail-title">
              {t(`cneed.kind.${need.kind}`)} · {need.subject.title}
            </h1>
            <BadgePill badge={conversionNeedBadge(need.status)} />
          </div>
          <span class="actions">
            {poster && live && (
              <button
                type="button"
                class="button button-small"
                data-action="withdraw"
                disabled={busy}
                onClick={withdraw}
              >
                {t('cneed.withdraw')}
              </button>
            )}
            <a class="button button-small" href={screenHref('conversionNeeds')}>
              {t('cneed.back')}
            </a>
          </span>
        </div>
        <dl class="details">
          <dt>{t('cneed.poster')}</dt>
          <dd>{need.posterName}</dd>
          <dt>{t(`cneed.subject.${need.subject.kind}`)}</dt>
          <dd>{need.subject.title}</dd>
          <dt>{t('cneed.detail.patents')}</dt>
          <dd>{need.subject.patents.map((p) => displayPatentNumber(p.number)).join('、')}</dd>
          <dt>{t('cneed.detail.description')}</dt>
          <dd class="prewrap">{need.description}</dd>
          <dt>{t('cneed.detail.offer')}</dt>
          <dd class="prewrap">{need.offer}</dd>
          <dt>{t('cneed.detail.region')}</dt>
          <dd>{regionName(need.regionCode, locale)}</dd>
          <dt>{t('cneed.detail.budget')}</dt>
          <dd>{need.budget ? formatBudget(need.budget, locale) : '—'}</dd>
          <dt>{t('cneed.field.closingDate')}</dt>
          <dd>{need.closingDate}</dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="cneed-answers-title">
        <h2 id="cneed-answers-title">{t('cneed.answersTitle')}</h2>
        {answers.length === 0 ? (
          <p class="muted" id="cneed-answer-count">
            {need.answerCount === 0
              ? t('cneed.noAnswers')
              : t('cneed.answersHidden', { count: need.answerCount })}
          </p>
        ) : (
          <ol class="review-list" id="cneed-answers">
            {answers.map((answer) => (
              <li key={answer.enterpriseOrgId} class="review-item" data-answer-org={answer.enterpriseOrgId}>
                <div class="title-line">
                  <strong>{answer.enterpriseName}</strong>
                  <span class="small muted">{formatDateTime(answer.at, locale)}</span>
                </div>
                <p class="prewrap">{answer.message}</p>
                <p class="small">
                  {answer.contact.name} · {answer.contact.phone} · {answer.contact.email}
                </p>
                <a
                  class="button button-small"
                  data-action="open-deal"
                  href={screenHref('deals', [], { deal: answer.dealId })}
                >
                  {t('cneed.answer.deal')}
                </a>
              </li>
            ))}
          </ol>
        )}
        {view.answeredByMe && <p class="banner banner-info">{t('cneed.answer.already')}</p>}
        {!live && me?.organisation?.type === 'enterprise' && (
          <p class="banner banner-info">{t('cneed.answer.closed')}</p>
        )}
      </section>
      {canAnswer && <AnswerForm needId={need.id} onAnswered={load} />}
    </div>
  );
}
