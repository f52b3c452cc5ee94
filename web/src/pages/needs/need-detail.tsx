import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import type { NeedAction, NeedView } from '../../api/needs.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { ContactLine } from '../../components/org-details.tsx';
import { PendingNote } from '../../components/pending-note.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { formatBudget } from '../../format/money.ts';
import { needStatusBadge } from '../../format/need-badges.ts';
import { listText } from '../../format/phrase.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { go } from '../../router/use-hash-location.ts';
import { MatchesPanel } from '../matching/matches-panel.tsx';
import { QualityPanel } from './quality-panel.tsx';

/** One need: everything it says, its quality, and the lifecycle steps the caller may take now. */
export function NeedDetail({ id }: { id: string }) {
  const { api, me, locale, reportError } = useApp();
  const [need, setNeed] = useState<NeedView | null>(null);

  const load = useCallback(async () => {
    try {
      setNeed(await api.needs.get(id));
    } catch (error) {
      reportError(error);
      go(screenHref('needs'), { replace: true });
    }
  }, [api, id, reportError]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!need) return <p class="muted center">{t('common.loading')}</p>;
  const pending = me?.organisation?.status !== 'approved';
  const list = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join('；') : '—');

  return (
    <div class="page">
      <section class="card" aria-labelledby="need-title" data-need-id={need.id}>
        <div class="card-head">
          <div class="title-line">
            <h1 id="need-title">{need.title}</h1>
            <BadgePill badge={needStatusBadge(need.status)} />
          </div>
          <span class="actions">
            {need.canEdit && (
              <a class="button button-small" data-action="edit" href={screenHref('needs', [need.id, 'edit'])}>
                {t('common.edit')}
              </a>
            )}
            <a class="button button-small" href={screenHref('needs')}>
              {t('common.back')}
            </a>
          </span>
        </div>
        <dl class="details">
          <dt>{t('need.field.owner')}</dt>
          <dd>
            {need.ownerName}
            {need.collectedByOrgId && <span class="muted small"> · {t('needDetail.collected')}</span>}
          </dd>
          <dt>{t('need.field.description')}</dt>
          <dd class="prewrap">{need.description}</dd>
          <dt>{t('need.field.targets')}</dt>
          <dd>
            {need.targets.length > 0 ? (
              <ul class="plain-list">
                {need.targets.map((target) => (
                  <li key={target}>{target}</li>
                ))}
              </ul>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('need.field.industryChains')}</dt>
          <dd>{list(need.industryChains)}</dd>
          <dt>{t('need.field.ipc')}</dt>
          <dd class="mono">{list(need.ipc)}</dd>
          <dt>{t('need.field.budget')}</dt>
          <dd>{need.budget ? formatBudget(need.budget, locale) : '—'}</dd>
          <dt>{t('need.field.dealTypes')}</dt>
          <dd>{listText(need.dealTypes.map((deal) => t(`need.deal.${deal}`)))}</dd>
          <dt>{t('need.field.readiness')}</dt>
          <dd>
            {need.readiness ? t('need.readiness.level', { level: need.readiness }) : t('need.readiness.any')}
          </dd>
          <dt>{t('need.field.deadline')}</dt>
          <dd>{need.deadline ?? '—'}</dd>
          <dt>{t('need.field.regionCode')}</dt>
          <dd class="mono">{need.regionCode}</dd>
          <dt>{t('need.field.contact')}</dt>
          <dd>
            <ContactLine contact={need.contact} />
          </dd>
          <dt>{t('need.field.visibility')}</dt>
          <dd>{t(`need.visibility.${need.visibility}`)}</dd>
          {need.clientRef && (
            <>
              <dt>{t('need.field.clientRef')}</dt>
              <dd class="mono">{need.clientRef}</dd>
            </>
          )}
          {need.closeReason && (
            <>
              <dt>{t('need.field.closeReason')}</dt>
              <dd>{need.closeReason}</dd>
            </>
          )}
          <dt>{t('need.field.createdAt')}</dt>
          <dd>{formatDateTime(need.createdAt, locale)}</dd>
          <dt>{t('need.field.updatedAt')}</dt>
          <dd>{formatDateTime(need.updatedAt, locale)}</dd>
        </dl>
      </section>
      <div class="detail-columns">
        <Lifecycle need={need} pending={pending} onChanged={setNeed} onStale={load} />
        <QualityPanel quality={need.quality} />
      </div>
      {need.status !== 'draft' && <MatchesPanel side="need" id={need.id} />}
    </div>
  );
}

interface LifecycleProps {
  need: NeedView;
  pending: boolean;
  onChanged: (need: NeedView) => void;
  /** A 409: someone else moved it first; show what it is now. */
  onStale: () => void;
}

function Lifecycle({ need, pending, onChanged, onStale }: LifecycleProps) {
  const { api, notify, reportError } = useApp();
  const [busy, setBusy] = useState(false);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  // Publishing needs approval: a pending owner sees the step, disabled, with the reason.
  const publishBlocked = pending && need.status === 'draft' && !need.availableActions.includes('open');

  async function move(action: NeedAction, closeReason?: string) {
    setBusy(true);
    try {
      const next = await api.needs.transition(need.id, {
        action,
        version: need.version,
        ...(closeReason ? { reason: closeReason } : {}),
      });
      notify(t('need.moved', { status: t(`need.status.${next.status}`) }));
      setClosing(false);
      setReason('');
      onChanged(next);
    } catch (error) {
      reportError(error);
      if (error instanceof ApiError && error.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  }

  function confirmClose(event: Event) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < 2) {
      setReasonError(t('need.close.reasonRequired'));
      return;
    }
    void move('close', trimmed);
  }

  const steps = need.availableActions.filter((action) => action !== 'close');
  return (
    <section class="card" aria-labelledby="need-next-title">
      <h2 id="need-next-title">{t('needDetail.next')}</h2>
      {steps.length === 0 && !need.availableActions.includes('close') && !publishBlocked && (
        <p class="muted">{t('needDetail.noActions')}</p>
      )}
      <div class="actions">
        {publishBlocked && (
          <button type="button" class="button button-primary" data-action="open" disabled>
            {t('need.action.open')}
          </button>
        )}
        {steps.map((action) => (
          <button
            key={action}
            type="button"
            class={action === 'open' ? 'button button-primary' : 'button'}
            data-action={action}
            disabled={busy}
            onClick={() => move(action)}
          >
            {t(`need.action.${action}`)}
          </button>
        ))}
        {need.availableActions.includes('close') && !closing && (
          <button
            type="button"
            class="button button-danger-outline"
            data-action="close"
            disabled={busy}
            onClick={() => setClosing(true)}
          >
            {t('need.action.close')}
          </button>
        )}
      </div>
      {publishBlocked && <PendingNote />}
      {closing && (
        <form class="reject-form" id="close-need-form" onSubmit={confirmClose}>
          <label for="close-reason">{t('need.field.closeReason')}</label>
          <textarea
            id="close-reason"
            rows={2}
            value={reason}
            aria-invalid={reasonError ? 'true' : undefined}
            aria-describedby={reasonError ? 'close-reason-error' : undefined}
            onInput={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(undefined);
            }}
          />
          {reasonError && (
            <p class="field-error" id="close-reason-error">
              {reasonError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="button button-danger" disabled={busy}>
              {t('need.close.confirm')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={() => setClosing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
