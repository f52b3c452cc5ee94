import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import {
  DEAL_KINDS,
  DEAL_START_STAGES,
  DECLINE_REASONS,
  type Deal,
  type DealInput,
  type DealKind,
  type DealStage,
  type DealStartStage,
  type Lead,
} from '../../api/deals.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { usePagedList } from '../../components/use-paged-list.ts';
import { formatDateTime } from '../../format/date-time.ts';
import {
  dealStageBadge,
  dealStagesFrom,
  needsAmount,
  pipelineColumns,
  readDecline,
  splitList,
} from '../../format/deal-view.ts';
import { formatAmount, parseYuan } from '../../format/money.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { useClientEnterprises } from '../needs/use-client-enterprises.ts';
import { DealConfirmations } from './deal-confirmations.tsx';

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

/** A push lead: the broker or a party turns it into a deal (the lead fills listing, enterprise and broker). */
function LeadItem({ lead, onConverted }: { lead: Lead; onConverted: (deal: Deal) => void }) {
  const { api, locale, notify, reportError } = useApp();
  const [kind, setKind] = useState<DealKind>('ordinary_license');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function convert() {
    setBusy(true);
    setRefusal(null);
    try {
      const deal = await api.deals.create({
        kind,
        stage: 'contacted',
        source: { kind: 'push', leadId: lead.id },
      });
      notify(t('deals.created'));
      onConverted(deal);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        setRefusal(localiseServerMessage(error.message, locale));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li data-lead-id={lead.id}>
      <a href={screenHref('catalogue', [lead.listingId])}>{t('deals.leadListing')}</a>{' '}
      <span class="muted small">{formatDateTime(lead.createdAt, locale)}</span>{' '}
      <select
        aria-label={t('deal.field.kind')}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as DealKind)}
      >
        {DEAL_KINDS.map((option) => (
          <option key={option} value={option}>
            {t(`deal.kind.${option}`)}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        class="button button-small"
        data-action="convert-lead"
        disabled={busy}
        onClick={convert}
      >
        {t('deals.convertLead')}
      </button>
      {refusal && (
        <p class="banner banner-danger small" data-refusal>
          {refusal}
        </p>
      )}
    </li>
  );
}

interface DealFormInputs {
  kind: DealKind;
  patentNumbers: string;
  bundleId: string;
  supplierOrgIds: string;
  acquirerOrgId: string;
  brokerOrgId: string;
  amount: string;
  stage: DealStartStage;
  source: 'direct' | 'push' | 'event';
  sourceId: string;
  note: string;
}

function DealForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (deal: Deal) => void }) {
  const { api, me, locale, notify, reportError, fieldErrorsOf } = useApp();
  const { query } = useHashLocation();
  const org = me?.organisation;
  const [inputs, setInputs] = useState<DealFormInputs>(() => ({
    kind: 'ordinary_license',
    patentNumbers: query.get('patents') ?? '',
    bundleId: '',
    supplierOrgIds: '',
    acquirerOrgId: org?.type === 'enterprise' ? org.id : '',
    brokerOrgId: org?.type === 'agency' || org?.type === 'park' ? org.id : '',
    amount: '',
    stage: 'lead',
    source: query.get('lead') ? 'push' : query.get('event') ? 'event' : 'direct',
    sourceId: query.get('lead') ?? query.get('event') ?? '',
    note: '',
  }));
  const broker = org?.type === 'agency' || org?.type === 'park';
  const clients = useClientEnterprises(broker);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DealFormInputs>) => setInputs((current) => ({ ...current, ...patch }));

  async function submit(event: Event) {
    event.preventDefault();
    setRefusal(null);
    const problems: Record<string, string> = {};
    const parsed = parseYuan(inputs.amount);
    if (!parsed.ok) problems.amountFen = t('deal.error.amount');
    const patents = splitList(inputs.patentNumbers);
    if (patents.length === 0 && !inputs.bundleId.trim() && inputs.source !== 'push')
      problems.patentNumbers = t('deal.error.patents');
    if (inputs.source !== 'direct' && !inputs.sourceId.trim()) problems['source.id'] = t('deal.error.source');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const suppliers = splitList(inputs.supplierOrgIds);
    const body: DealInput = {
      kind: inputs.kind,
      stage: inputs.stage,
      ...(patents.length > 0 ? { patentNumbers: patents } : {}),
      ...(inputs.bundleId.trim() ? { bundleId: inputs.bundleId.trim() } : {}),
      ...(suppliers.length > 0 ? { supplierOrgIds: suppliers } : {}),
      ...(inputs.acquirerOrgId.trim() ? { acquirerOrgId: inputs.acquirerOrgId.trim() } : {}),
      ...(inputs.brokerOrgId.trim() ? { brokerOrgId: inputs.brokerOrgId.trim() } : {}),
      ...(parsed.ok && parsed.fen !== undefined ? { amountFen: parsed.fen } : {}),
      source:
        inputs.source === 'push'
          ? { kind: 'push', leadId: inputs.sourceId.trim() }
          : inputs.source === 'event'
            ? { kind: 'event', eventId: inputs.sourceId.trim() }
            : { kind: 'direct' },
      ...(inputs.note.trim() ? { note: inputs.note.trim() } : {}),
    };
    setBusy(true);
    try {
      const deal = await api.deals.create(body);
      notify(t('deals.created'));
      onCreated(deal);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      if (error instanceof ApiError && error.status === 409)
        setRefusal(localiseServerMessage(error.message, locale));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="deal-form-title">
      <h2 id="deal-form-title">{t('deals.new')}</h2>
      <p class="muted small">{t('deals.formIntro')}</p>
      {refusal && (
        <p class="banner banner-danger" id="deal-refusal" data-refusal>
          {refusal}
        </p>
      )}
      <form id="deal-form" onSubmit={submit} noValidate>
        <div class="form-grid">
          <SelectField
            id="deal-kind"
            label={t('deal.field.kind')}
            value={inputs.kind}
            onValue={(kind) => set({ kind: kind as DealKind })}
            options={DEAL_KINDS.map((kind) => ({ value: kind, label: t(`deal.kind.${kind}`) }))}
            error={errors.kind}
            required
          />
          <SelectField
            id="deal-stage"
            label={t('deal.field.stage')}
            value={inputs.stage}
            onValue={(stage) => set({ stage: stage as DealStartStage })}
            options={DEAL_START_STAGES.map((stage) => ({ value: stage, label: t(`deal.stage.${stage}`) }))}
          />
          <TextField
            id="deal-patents"
            label={t('deal.field.patentNumbers')}
            hint={t('deal.hint.list')}
            value={inputs.patentNumbers}
            onValue={(patentNumbers) => set({ patentNumbers })}
            error={errors.patentNumbers}
          />
          <TextField
            id="deal-bundle"
            label={t('deal.field.bundleId')}
            value={inputs.bundleId}
            onValue={(bundleId) => set({ bundleId })}
            error={errors.bundleId}
          />
          <TextField
            id="deal-suppliers"
            label={t('deal.field.suppliers')}
            hint={t('deal.hint.suppliers')}
            value={inputs.supplierOrgIds}
            onValue={(supplierOrgIds) => set({ supplierOrgIds })}
            error={errors.supplierOrgIds}
          />
          {clients && clients.length > 0 ? (
            <SelectField
              id="deal-acquirer"
              label={t('deal.field.acquirer')}
              value={inputs.acquirerOrgId}
              onValue={(acquirerOrgId) => set({ acquirerOrgId })}
              options={[
                { value: '', label: t('apply.choose') },
                ...clients.map((client) => ({ value: client.id, label: client.name })),
              ]}
              error={errors.acquirerOrgId}
            />
          ) : (
            <TextField
              id="deal-acquirer"
              label={t('deal.field.acquirer')}
              value={inputs.acquirerOrgId}
              onValue={(acquirerOrgId) => set({ acquirerOrgId })}
              error={errors.acquirerOrgId}
            />
          )}
          <TextField
            id="deal-broker"
            label={t('deal.field.broker')}
            value={inputs.brokerOrgId}
            onValue={(brokerOrgId) => set({ brokerOrgId })}
            error={errors.brokerOrgId}
          />
          <TextField
            id="deal-amount"
            label={t('deal.amount')}
            hint={t('calculator.hint.money')}
            value={inputs.amount}
            onValue={(amount) => set({ amount })}
            error={errors.amountFen}
            inputMode="decimal"
          />
          <SelectField
            id="deal-source"
            label={t('deal.field.source')}
            value={inputs.source}
            onValue={(source) => set({ source: source as DealFormInputs['source'] })}
            options={(['direct', 'push', 'event'] as const).map((kind) => ({
              value: kind,
              label: t(`deal.source.${kind}`),
            }))}
          />
          {inputs.source !== 'direct' && (
            <TextField
              id="deal-source-id"
              label={inputs.source === 'push' ? t('deal.field.leadId') : t('deal.field.eventId')}
              value={inputs.sourceId}
              onValue={(sourceId) => set({ sourceId })}
              error={errors['source.id'] ?? errors['source.leadId'] ?? errors['source.eventId']}
              required
            />
          )}
        </div>
        <TextAreaField
          id="deal-note"
          label={t('deal.field.note')}
          value={inputs.note}
          onValue={(note) => set({ note })}
          rows={2}
          maxLength={1000}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary" data-action="create-deal" disabled={busy}>
            {busy ? t('common.submitting') : t('deals.create')}
          </button>
          <button type="button" class="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <p class="muted small">
        <a href={screenHref('catalogue')}>{t('deals.findPatents')}</a>
      </p>
    </section>
  );
}
