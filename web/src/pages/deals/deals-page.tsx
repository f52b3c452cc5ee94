import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { DECLINE_REASONS, type Deal, type DealStage, type Lead } from '../../api/deals.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import {
  dealStageBadge,
  dealStagesFrom,
  needsAmount,
  pipelineColumns,
  readDecline,
} from '../../format/deal-view.ts';
import { formatAmount, parseYuan } from '../../format/money.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { DealConfirmations } from './deal-confirmations.tsx';
import { DealForm } from './deal-form.tsx';
import { LeadItem } from './lead-item.tsx';

/**
 * 交易撮合 (negotiated deals): the pipeline by stage (线索 → 已联系 → 洽谈中 → 已签约 → 已备案 → 已实施, or
 * 未成交 with a structured reason), a move or decline on each deal, and a new deal. The server's refusals
 * (an exclusive licence of a patent under a published open licence: 409) are shown in its own words.
 */
export function DealsPage() {
  const { api, me } = useApp();
  const { query } = useHashLocation();
  const [creating, setCreating] = useState(query.get('new') === '1');
  const [leads, setLeads] = useState<Lead[]>([]);
  const load = useCallback(
    async (cursor?: string) => {
      const page = await api.deals.list(undefined, cursor);
      if (!cursor) setLeads(page.leads);
      return page;
    },
    [api],
  );
  const { items, setItems, cursor, busy, more } = usePagedList(load);
  const replace = (deal: Deal) =>
    setItems((current) => {
      const rest = (current ?? []).filter((item) => item.id !== deal.id);
      return [deal, ...rest];
    });
  const mayCreate = me?.organisation?.type !== 'ip_office';

  return (
    <div class="page">
      <section class="card" aria-labelledby="deals-title">
        <div class="card-head">
          <h1 id="deals-title">{t('deals.title')}</h1>
          {mayCreate && !creating && (
            <button
              type="button"
              class="button button-primary button-small"
              data-action="new-deal"
              onClick={() => setCreating(true)}
            >
              {t('deals.new')}
            </button>
          )}
        </div>
        <p class="muted">{t('deals.intro')}</p>
      </section>
      {creating && (
        <DealForm
          leads={leads}
          onCancel={() => setCreating(false)}
          onCreated={(deal) => {
            replace(deal);
            setCreating(false);
          }}
        />
      )}
      {leads.length > 0 && (
        <section class="card" aria-labelledby="leads-title" id="deal-leads">
          <h2 id="leads-title">{t('deals.leads', { count: leads.length })}</h2>
          <p class="muted small">{t('deals.leadsIntro')}</p>
          <ul class="plain-list">
            {leads.map((lead) => (
              <LeadItem
                key={lead.id}
                lead={lead}
                onConverted={(deal) => {
                  setLeads((current) => current.filter((item) => item.id !== lead.id));
                  replace(deal);
                }}
              />
            ))}
          </ul>
        </section>
      )}
      <section class="card" aria-labelledby="pipeline-title">
        <h2 id="pipeline-title">{t('deals.pipeline')}</h2>
        {items === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p class="empty">{t('deals.empty')}</p>
        ) : (
          <div class="pipeline" id="deal-pipeline">
            {pipelineColumns(items).map((column) => (
              <div key={column.stage} class="pipeline-column" data-stage={column.stage}>
                <h3>
                  <BadgePill badge={dealStageBadge(column.stage)} />{' '}
                  <span class="muted small" data-count={column.deals.length}>
                    {column.deals.length}
                  </span>
                </h3>
                {column.deals.map((deal) => (
                  <DealCard
                    key={deal.id}
                    deal={deal}
                    onChange={replace}
                    focused={deal.id === query.get('deal')}
                  />
                ))}
              </div>
            ))}
          </div>
        )}
        <LoadMore cursor={cursor} busy={busy} onMore={more} />
      </section>
    </div>
  );
}

function DealCard({
  deal,
  onChange,
  focused = false,
}: {
  deal: Deal;
  onChange: (deal: Deal) => void;
  /** Opened from a link (the home page's 待我确认 list): scrolled into view and marked. */
  focused?: boolean;
}) {
  const { api, locale, me, notify, reportError } = useApp();
  const [mode, setMode] = useState<DealStage | null>(null);
  const [amount, setAmount] = useState('');
  const [filingNumber, setFilingNumber] = useState('');
  const [licenceEnd, setLicenceEnd] = useState('');
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const orgId = me?.organisation?.id ?? '';
  const mayMove = deal.partyOrgIds.includes(orgId) || deal.broker?.orgId === orgId;
  const moves = mayMove ? (deal.recordableStages ?? deal.nextStages ?? dealStagesFrom(deal.stage)) : [];
  useEffect(() => {
    if (focused) document.querySelector(`[data-deal-id="${deal.id}"]`)?.scrollIntoView({ block: 'center' });
  }, [focused, deal.id]);
  const exclusive = deal.kind === 'exclusive_license' || deal.kind === 'sole_license';
  const needsLicenceEnd = mode === 'signed' && exclusive && deal.licenceEnd === undefined;

  async function confirm(event: Event) {
    event.preventDefault();
    if (!mode) return;
    setError(null);
    setRefusal(null);
    const move: Parameters<typeof api.deals.move>[1] = { to: mode, version: deal.version };
    if (mode === 'declined') {
      const read = readDecline(reason, text);
      if (!read.ok) {
        setError(read.field === 'reason' ? t('deal.error.reason') : t('deal.error.text'));
        return;
      }
      move.decline = read.decline;
    }
    if (needsAmount(mode) || amount.trim() !== '') {
      const parsed = parseYuan(amount);
      if (!parsed.ok || parsed.fen === undefined) {
        setError(t('deal.error.amount'));
        return;
      }
      move.amountFen = parsed.fen;
    }
    if (mode === 'filed' && filingNumber.trim()) move.filingNumber = filingNumber.trim();
    if (needsLicenceEnd) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(licenceEnd)) {
        setError(t('deal.error.licenceEnd'));
        return;
      }
      move.licenceEnd = licenceEnd;
    }
    setBusy(true);
    try {
      const next = await api.deals.move(deal.id, move);
      onChange(next);
      setMode(null);
      notify(t('deal.moved', { stage: t(`deal.stage.${next.stage}`) }));
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 409 || failure.status === 422))
        setRefusal(localiseServerMessage(failure.message, locale));
      reportError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article
      class={focused ? 'deal-card deal-card-focus' : 'deal-card'}
      data-deal-id={deal.id}
      data-stage={deal.stage}
      data-kind={deal.kind}
      data-focused={focused ? 'true' : undefined}
    >
      <div class="title-line">
        <strong>{t(`deal.kind.${deal.kind}`)}</strong>
        {deal.amountFen !== undefined && <span class="strong">{formatAmount(deal.amountFen, locale)}</span>}
      </div>
      <p class="small">
        {deal.suppliers.map((party) => party.name).join('、')} → {deal.acquirer.name}
      </p>
      <p class="muted small mono">{deal.patents.map((patent) => patent.number).join('、')}</p>
      {deal.broker && <p class="muted small">{t('deal.broker', { name: deal.broker.name })}</p>}
      <p class="muted small">
        {t(`deal.source.${deal.source.kind}`)}
        {deal.source.kind === 'event' && deal.source.eventTitle ? `：${deal.source.eventTitle}` : ''} ·{' '}
        {formatDateTime(deal.updatedAt, locale)}
      </p>
      {deal.decline && (
        <p class="small" data-decline={deal.decline.reason}>
          {t('deal.declinedFor', { reason: t(`deal.decline.${deal.decline.reason}`) })}
          {deal.decline.text ? `：${deal.decline.text}` : ''}
        </p>
      )}
      <DealConfirmations deal={deal} onChange={onChange} />
      {refusal && (
        <p class="banner banner-danger small" data-refusal>
          {refusal}
        </p>
      )}
      {moves.length > 0 && mode === null && (
        <div class="actions">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              class={to === 'declined' ? 'button button-small button-danger-outline' : 'button button-small'}
              data-action={`move-${to}`}
              onClick={() => {
                setMode(to);
                setError(null);
              }}
            >
              {to === 'declined' ? t('deal.decline') : t('deal.moveTo', { stage: t(`deal.stage.${to}`) })}
            </button>
          ))}
        </div>
      )}
      {mode && (
        <form class="deal-move" onSubmit={confirm} noValidate data-move={mode}>
          {mode === 'declined' ? (
            <>
              <label>
                {t('deal.declineReason')}
                <select
                  name="reason"
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                >
                  <option value="">{t('apply.choose')}</option>
                  {DECLINE_REASONS.map((option) => (
                    <option key={option} value={option}>
                      {t(`deal.decline.${option}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('deal.declineText')}
                <input
                  name="text"
                  value={text}
                  maxLength={500}
                  onInput={(event) => setText(event.currentTarget.value)}
                />
              </label>
            </>
          ) : (
            <>
              {(needsAmount(mode) || deal.amountFen === undefined) && (
                <label>
                  {t('deal.amount')}
                  <input
                    name="amount"
                    inputMode="decimal"
                    value={amount}
                    placeholder={t('calculator.hint.money')}
                    onInput={(event) => setAmount(event.currentTarget.value)}
                  />
                </label>
              )}
              {needsLicenceEnd && (
                <label>
                  {t('deal.licenceEnd')}
                  <input
                    name="licenceEnd"
                    type="date"
                    value={licenceEnd}
                    onInput={(event) => setLicenceEnd(event.currentTarget.value)}
                  />
                </label>
              )}
              {mode === 'filed' && (
                <label>
                  {t('deal.filingNumber')}
                  <input
                    name="filingNumber"
                    value={filingNumber}
                    maxLength={60}
                    onInput={(event) => setFilingNumber(event.currentTarget.value)}
                  />
                </label>
              )}
            </>
          )}
          {error && <p class="field-error">{error}</p>}
          <div class="actions">
            <button
              type="submit"
              class="button button-small button-primary"
              data-action="confirm-move"
              disabled={busy}
            >
              {t('common.save')}
            </button>
            <button type="button" class="button button-small" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
