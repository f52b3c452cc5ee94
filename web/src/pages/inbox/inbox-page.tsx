import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { FEEDBACK_KINDS, type FeedbackKind, type Push } from '../../api/pushes.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { ExplanationSummary, MatchExplanationView } from '../../components/match-explanation.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { feedbackBadge, pushStatusBadge, scoreBadge } from '../../format/match-explanation.ts';
import { pushSenderKey } from '../../format/push-sender.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { PreferencesCard } from './preferences-card.tsx';

/** 精准推送收件箱 (enterprise): `#/inbox` the pushes newest first, `#/inbox/{id}` one push. */
export function InboxPage() {
  const { segments } = useHashLocation();
  const [first] = segments;
  if (first) return <InboxDetail key={first} id={first} />;
  return <InboxList />;
}

/** The offer's own id: bundles are named `bundle:<id>` in matches and pushes. */
export const offerId = (push: Pick<Push, 'listingId'>) => push.listingId.replace(/^bundle:/, '');

/** Whether the enterprise has opened a push yet. */
export const isUnread = (push: Push) => push.status === 'delivered';

function InboxList() {
  const { api } = useApp();
  const [unread, setUnread] = useState<number | null>(null);
  const load = useCallback(
    async (cursor?: string) => {
      const page = await api.pushes.inbox(cursor);
      if (!cursor) setUnread(page.unread);
      return page;
    },
    [api],
  );
  const { items, cursor, busy, more } = usePagedList(load);

  return (
    <div class="page">
      <section class="card" aria-labelledby="inbox-title">
        <div class="card-head">
          <h1 id="inbox-title">{t('inbox.title')}</h1>
          {unread !== null && (
            <span
              class={unread > 0 ? 'pill pill-info' : 'pill pill-muted'}
              id="inbox-unread"
              data-unread={unread}
            >
              {t('inbox.unread', { count: unread })}
            </span>
          )}
        </div>
        <p class="muted">{t('inbox.intro')}</p>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('inbox.empty')}</p>
        ) : (
          <ul class="inbox-list" id="inbox-list">
            {items.map((push) => (
              <InboxRow key={push.id} push={push} />
            ))}
          </ul>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
      <PreferencesCard />
    </div>
  );
}

function InboxRow({ push }: { push: Push }) {
  const { locale } = useApp();
  const unread = isUnread(push);
  return (
    <li
      class={unread ? 'inbox-item inbox-item-unread' : 'inbox-item'}
      data-push-id={push.id}
      data-unread={unread}
      data-status={push.status}
    >
      <a href={screenHref('inbox', [push.id])}>
        <span class="title-line">
          {unread && <span class="pill pill-info">{t('inbox.new')}</span>}
          <span>{push.listingTitle}</span>
          <BadgePill badge={scoreBadge(push.score)} />
          {push.feedback && <BadgePill badge={feedbackBadge(push.feedback.kind)} />}
        </span>
        <span class="muted small">
          {t('inbox.from', { broker: push.brokerName })} · {t('match.holder', { name: push.holderName })} ·{' '}
          {formatDateTime(push.deliveredAt ?? push.approvedAt, locale)}
        </span>
        <span class="small">
          <ExplanationSummary explanation={push.explanation} />
        </span>
      </a>
    </li>
  );
}

function InboxDetail({ id }: { id: string }) {
  const { api, locale, notify, reportError } = useApp();
  const [push, setPush] = useState<Push | null>(null);
  const [missing, setMissing] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const opened = useRef(false);

  // Opening the push is its read receipt; the answer is the push itself.
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    api.pushes.markRead(id).then(setPush, (error: unknown) => {
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) setMissing(true);
      else reportError(error);
    });
  }, [api, id, reportError]);

  async function answer(kind: FeedbackKind) {
    setBusy(true);
    try {
      const next = await api.pushes.feedback(id, {
        kind,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      setPush(next);
      notify(
        kind === 'interested'
          ? t('inbox.leadStarted', { sender: t(pushSenderKey(next)) })
          : t('inbox.thanks'),
      );
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  if (missing)
    return (
      <div class="page">
        <section class="card">
          <p class="empty">{t('inbox.missing')}</p>
          <a class="button" href={screenHref('inbox')}>
            {t('inbox.back')}
          </a>
        </section>
      </div>
    );
  if (!push) return <p class="muted center">{t('common.loading')}</p>;
  return (
    <div class="page">
      <section class="card" aria-labelledby="push-title" data-push-id={push.id} data-status={push.status}>
        <div class="card-head">
          <div class="title-line">
            <h1 id="push-title">{push.listingTitle}</h1>
            <BadgePill badge={scoreBadge(push.score)} />
            <BadgePill badge={pushStatusBadge(push.status)} />
          </div>
          <a class="button button-small" href={screenHref('inbox')}>
            {t('inbox.back')}
          </a>
        </div>
        <p class="muted small">
          {t('inbox.from', { broker: push.brokerName })}
          {push.auto && ` · ${t('inbox.auto')}`} · {t('match.holder', { name: push.holderName })} ·{' '}
          {formatDateTime(push.deliveredAt ?? push.approvedAt, locale)}
        </p>
        {push.message && (
          <>
            <h2 data-sender={push.brokerType ?? ''}>
              {t('inbox.message', { sender: t(pushSenderKey(push)) })}
            </h2>
            <p class="prewrap" data-message>
              {push.message}
            </p>
          </>
        )}
        <h2>{t('inbox.why')}</h2>
        <MatchExplanationView explanation={push.explanation} />
        <p class="actions">
          {push.listingKind === 'listing' && (
            <a class="button button-small" href={screenHref('catalogue', [push.listingId])}>
              {t('inbox.viewListing')}
            </a>
          )}
          <a
            class="button button-small button-primary"
            data-action="take-licence"
            href={screenHref('licences', ['take', push.listingKind, offerId(push)], { push: push.id })}
          >
            {t('inbox.takeLicence')}
          </a>
        </p>
      </section>
      <section class="card" aria-labelledby="push-feedback-title" id="push-feedback">
        <h2 id="push-feedback-title">{t('inbox.feedbackTitle')}</h2>
        {push.feedback && (
          <p data-feedback={push.feedback.kind}>
            {t('inbox.answered', { kind: t(`push.feedback.${push.feedback.kind}`) })}
            {push.leadId && (
              <span class="muted small"> · {t('inbox.leadStarted', { sender: t(pushSenderKey(push)) })}</span>
            )}
          </p>
        )}
        <div class="feedback-buttons" data-feedback-buttons>
          {FEEDBACK_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              class={kind === 'interested' ? 'button button-primary' : 'button'}
              data-feedback={kind}
              aria-pressed={push.feedback?.kind === kind}
              disabled={busy || push.feedback !== undefined}
              onClick={() => answer(kind)}
            >
              {t(`push.feedback.${kind}`)}
            </button>
          ))}
        </div>
        {!push.feedback && (
          <div class="field">
            <label for="feedback-comment">{t('inbox.feedbackComment')}</label>
            <textarea
              id="feedback-comment"
              rows={2}
              maxLength={500}
              value={comment}
              onInput={(event) => setComment(event.currentTarget.value)}
            />
          </div>
        )}
      </section>
    </div>
  );
}
