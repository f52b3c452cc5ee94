import { useCallback, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { PROPOSAL_STATUSES, type Proposal, type ProposalStatus } from '../../api/pushes.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { MatchExplanationView } from '../../components/match-explanation.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { defaultPushMessage, pushRefusal, scoreBadge } from '../../format/match-explanation.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { ConversionNeedsQueue } from './conversion-needs-queue.tsx';
import { PushSettingsCard } from './push-settings-card.tsx';

const isStatus = (value: string | null): value is ProposalStatus =>
  (PROPOSAL_STATUSES as readonly (string | null)[]).includes(value);

/**
 * 精准推送审核 (agency, park): proposed matches for the enterprises the broker serves, best first, with
 * their explanations; approve (with a note and an editable message) or reject with a reason. The tabs show
 * what was pushed and what was not. Automatic push settings sit above.
 */
export function ProposalsPage() {
  const { api } = useApp();
  const { query } = useHashLocation();
  const requested = query.get('status');
  const status: ProposalStatus = isStatus(requested) ? requested : 'proposed';
  const load = useCallback((cursor?: string) => api.pushes.proposals(status, cursor), [api, status]);
  const { items, setItems, cursor, busy, more, reload } = usePagedList(load);
  const remove = (id: string) => setItems((current) => current?.filter((item) => item.id !== id) ?? null);

  return (
    <div class="page">
      <section class="card" aria-labelledby="proposals-title">
        <h1 id="proposals-title">{t('proposal.title')}</h1>
        <p class="muted">{t('proposal.intro')}</p>
      </section>
      <PushSettingsCard />
      <ConversionNeedsQueue />
      <section class="card" aria-label={t('proposal.title')}>
        <div class="tabs" role="tablist" aria-label={t('proposal.title')}>
          {PROPOSAL_STATUSES.map((option) => (
            <a
              key={option}
              role="tab"
              href={screenHref('proposals', [], option === 'proposed' ? {} : { status: option })}
              aria-selected={option === status}
              data-status={option}
            >
              {t(`proposal.tab.${option}`)}
            </a>
          ))}
        </div>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty" data-proposals-empty>
            {t(`proposal.empty.${status}`)}
          </p>
        ) : (
          <ol class="review-list" id="proposal-list" data-status={status}>
            {items.map((item) => (
              <ProposalItem
                key={item.id}
                proposal={item}
                onDone={() => remove(item.id)}
                onPushed={() => void reload()}
              />
            ))}
          </ol>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

type Mode = 'idle' | 'approving' | 'rejecting';

/**
 * One proposal. A push changes what else can be approved (the same pair through another need, the
 * enterprise's weekly cap): after one, the queue is read again from the server.
 */
function ProposalItem({
  proposal,
  onDone,
  onPushed,
}: {
  proposal: Proposal;
  onDone: () => void;
  onPushed: () => void;
}) {
  const { api, locale, notify, reportError } = useApp();
  const [mode, setMode] = useState<Mode>('idle');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState(() => defaultPushMessage(proposal));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ title: string; text: string } | null>(null);
  const open = proposal.status === 'proposed';
  const capFull = open && proposal.pushableFrom !== undefined;

  async function approve(event: Event) {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      await api.pushes.approve(proposal.id, {
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(message.trim() ? { message: message.trim() } : {}),
      });
      notify(t('proposal.approved', { name: proposal.enterpriseName }));
      onPushed();
    } catch (error) {
      const refused = error instanceof ApiError && (error.status === 409 || error.status === 403);
      const code = refused ? pushRefusal(error.code) : null;
      if (code && error instanceof ApiError)
        setRefusal({
          title: t(`proposal.refusal.${code}`),
          text: localiseServerMessage(error.message, locale),
        });
      else reportError(error);
    } finally {
      setBusy(false);
    }
  }

  async function reject(event: Event) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < 2) {
      setReasonError(t('proposal.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await api.pushes.reject(proposal.id, trimmed);
      notify(t('proposal.rejected'));
      onDone();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  const formId = `proposal-${proposal.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li
      class="review-item"
      data-proposal-id={proposal.id}
      data-enterprise={proposal.enterpriseName}
      data-score={proposal.score}
      data-listing-id={proposal.listingId}
      data-enterprise-id={proposal.enterpriseOrgId}
      data-pushable-from={proposal.pushableFrom}
    >
      <div class="review-head">
        <h3>
          {proposal.listingKind === 'listing' ? (
            <a href={screenHref('catalogue', [proposal.listingId])}>{proposal.listingTitle}</a>
          ) : (
            proposal.listingTitle
          )}
        </h3>
        <span class="pills">
          {proposal.listingKind === 'bundle' && <span class="pill pill-muted">{t('match.bundle')}</span>}
          <BadgePill badge={scoreBadge(proposal.score)} />
        </span>
      </div>
      <p class="muted small">
        {t('match.enterprise', { name: proposal.enterpriseName })}
        {' · '}
        <a href={screenHref('needs', [proposal.needId])}>{t('match.need', { title: proposal.needTitle })}</a>
        {' · '}
        {t('match.holder', { name: proposal.holderName })}
        {' · '}
        {formatDateTime(proposal.updatedAt, locale)}
      </p>
      <MatchExplanationView explanation={proposal.explanation} />
      {proposal.rejectReason && (
        <p class="small">{t('proposal.reasonShown', { reason: proposal.rejectReason })}</p>
      )}
      {refusal && (
        <div class="refusal" role="alert" data-refusal>
          <strong>
            {t('proposal.refused')}：{refusal.title}
          </strong>
          <p class="small">{refusal.text}</p>
        </div>
      )}
      {capFull && (
        <p class="small muted" data-cap-full>
          {t('proposal.capFull', { date: proposal.pushableFrom ?? '' })}
        </p>
      )}
      {open && mode === 'idle' && (
        <div class="actions">
          {!capFull && (
            <button
              type="button"
              class="button button-primary"
              data-action="approve"
              onClick={() => setMode('approving')}
            >
              {t('proposal.approve')}
            </button>
          )}
          <button
            type="button"
            class="button button-danger-outline"
            data-action="reject"
            onClick={() => setMode('rejecting')}
          >
            {t('proposal.reject')}
          </button>
        </div>
      )}
      {open && !capFull && mode === 'approving' && (
        <form class="reject-form approve-form" onSubmit={approve}>
          <label for={`${formId}-message`}>{t('proposal.message')}</label>
          <textarea
            id={`${formId}-message`}
            name="message"
            rows={4}
            maxLength={2000}
            value={message}
            onInput={(event) => setMessage(event.currentTarget.value)}
          />
          <label for={`${formId}-note`}>{t('proposal.note')}</label>
          <textarea
            id={`${formId}-note`}
            name="note"
            rows={2}
            maxLength={500}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <div class="actions">
            <button type="submit" class="button button-primary" data-action="confirm-approve" disabled={busy}>
              {busy ? t('common.submitting') : t('proposal.confirmApprove')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {open && mode === 'rejecting' && (
        <form class="reject-form" onSubmit={reject}>
          <label for={`${formId}-reason`}>{t('proposal.rejectReason')}</label>
          <textarea
            id={`${formId}-reason`}
            name="reason"
            rows={2}
            maxLength={500}
            value={reason}
            aria-invalid={reasonError ? 'true' : undefined}
            aria-describedby={reasonError ? `${formId}-reason-error` : undefined}
            onInput={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          />
          {reasonError && (
            <p class="field-error" id={`${formId}-reason-error`}>
              {reasonError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="button button-danger" data-action="confirm-reject" disabled={busy}>
              {t('proposal.confirmReject')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
