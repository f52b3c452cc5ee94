import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import {
  DEAL_KINDS,
  DEAL_START_STAGES,
  type Deal,
  type DealInput,
  type DealKind,
  type DealStartStage,
  type Lead,
} from '../../api/deals.ts';
import type { MatchmakingEvent } from '../../api/events.ts';
import { useApp } from '../../app-context.ts';
import {
  numberOption,
  offerSearch,
  orgOption,
  orgSearch,
  patentSearch,
} from '../../components/directory-pickers.ts';
import { SelectField, TextAreaField, TextField } from '../../components/field.tsx';
import { Picker, type PickerOption } from '../../components/picker.tsx';
import { chinaToday } from '../../format/china-today.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { splitList } from '../../format/deal-view.ts';
import { parseYuan } from '../../format/money.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { useClientEnterprises } from '../needs/use-client-enterprises.ts';

interface DealFormInputs {
  kind: DealKind;
  patents: PickerOption[];
  bundle: PickerOption[];
  suppliers: PickerOption[];
  acquirer: PickerOption[];
  broker: PickerOption[];
  amount: string;
  stage: DealStartStage;
  source: 'direct' | 'push' | 'event';
  sourceId: string;
  note: string;
}

/** The organiser's events of this year and last (a deal is recorded after the event), newest first. */
function useRecentEvents(enabled: boolean): MatchmakingEvent[] {
  const { api } = useApp();
  const [events, setEvents] = useState<MatchmakingEvent[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const year = Number(chinaToday().slice(0, 4));
    Promise.all([api.events.list(year), api.events.list(year - 1)]).then(
      (pages) => {
        if (live) setEvents(pages.flatMap((page) => page.items).sort((a, b) => (a.date < b.date ? 1 : -1)));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, enabled]);
  return events;
}

/**
 * A new negotiated deal, every party and subject chosen by name: patents (from the chosen suppliers' ledgers,
 * else the catalogue), or a bundle; suppliers (left empty, the patents' holders); the acquiring enterprise (a
 * broker's clients first); the broker (the caller itself when it is an agency or park); the push lead or event
 * it came from. Nobody types an id.
 */
export function DealForm({
  leads,
  onCancel,
  onCreated,
}: {
  leads: readonly Lead[];
  onCancel: () => void;
  onCreated: (deal: Deal) => void;
}) {
  const { api, me, locale, notify, reportError, fieldErrorsOf } = useApp();
  const { query } = useHashLocation();
  const org = me?.organisation;
  const broker = org?.type === 'agency' || org?.type === 'park';
  const own = org ? [orgOption({ id: org.id, name: org.name })] : [];
  const [inputs, setInputs] = useState<DealFormInputs>(() => ({
    kind: 'ordinary_license',
    patents: splitList(query.get('patents') ?? '').map(numberOption),
    bundle: [],
    suppliers: [],
    acquirer: org?.type === 'enterprise' ? own : [],
    broker: broker ? own : [],
    amount: '',
    stage: 'lead',
    source: query.get('lead') ? 'push' : query.get('event') ? 'event' : 'direct',
    sourceId: query.get('lead') ?? query.get('event') ?? '',
    note: '',
  }));
  const clients = useClientEnterprises(broker);
  const events = useRecentEvents(broker);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DealFormInputs>) => setInputs((current) => ({ ...current, ...patch }));
  const ledgerHolders =
    inputs.suppliers.length > 0
      ? inputs.suppliers.map((supplier) => supplier.id)
      : org?.type === 'university' && org.id
        ? [org.id]
        : [];

  async function submit(event: Event) {
    event.preventDefault();
    setRefusal(null);
    const problems: Record<string, string> = {};
    const parsed = parseYuan(inputs.amount);
    if (!parsed.ok) problems.amountFen = t('deal.error.amount');
    const patents = inputs.patents.map((patent) => patent.id);
    const bundleId = inputs.bundle[0]?.id.replace(/^bundle:/, '');
    if (patents.length === 0 && !bundleId && inputs.source !== 'push')
      problems.patentNumbers = t('deal.error.patents');
    if (inputs.source !== 'direct' && !inputs.sourceId) problems['source.id'] = t('deal.error.source');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const suppliers = inputs.suppliers.map((supplier) => supplier.id);
    const acquirer = inputs.acquirer[0]?.id;
    const brokerId = inputs.broker[0]?.id;
    const body: DealInput = {
      kind: inputs.kind,
      stage: inputs.stage,
      ...(patents.length > 0 ? { patentNumbers: patents } : {}),
      ...(bundleId ? { bundleId } : {}),
      ...(suppliers.length > 0 ? { supplierOrgIds: suppliers } : {}),
      ...(acquirer ? { acquirerOrgId: acquirer } : {}),
      ...(brokerId ? { brokerOrgId: brokerId } : {}),
      ...(parsed.ok && parsed.fen !== undefined ? { amountFen: parsed.fen } : {}),
      source:
        inputs.source === 'push'
          ? { kind: 'push', leadId: inputs.sourceId }
          : inputs.source === 'event'
            ? { kind: 'event', eventId: inputs.sourceId }
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

  const sourceOptions =
    inputs.source === 'push'
      ? leads.map((lead) => ({
          value: lead.id,
          label: `${lead.title ?? t('deals.leadListing')} · ${formatDateTime(lead.createdAt, locale)}`,
        }))
      : events.map((item) => ({ value: item.id, label: `${item.title} · ${item.date}` }));

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
          <Picker
            id="deal-suppliers"
            label={t('deal.field.suppliers')}
            hint={t('deal.hint.suppliers')}
            multiple
            chosen={inputs.suppliers}
            onChange={(suppliers) => set({ suppliers })}
            search={orgSearch(api, ['university', 'enterprise', 'park'])}
            error={errors.supplierOrgIds}
          />
          <Picker
            id="deal-patents"
            label={t('deal.field.patentNumbers')}
            hint={t('deal.hint.patents')}
            multiple
            chosen={inputs.patents}
            onChange={(patents) => set({ patents, ...(patents.length > 0 ? { bundle: [] } : {}) })}
            search={patentSearch(api, ledgerHolders)}
            error={errors.patentNumbers}
          />
          <Picker
            id="deal-bundle"
            label={t('deal.field.bundleId')}
            chosen={inputs.bundle}
            onChange={(bundle) => set({ bundle, ...(bundle.length > 0 ? { patents: [] } : {}) })}
            search={offerSearch(api, 'bundle')}
            error={errors.bundleId}
          />
          <Picker
            id="deal-acquirer"
            label={t('deal.field.acquirer')}
            chosen={inputs.acquirer}
            onChange={(acquirer) => set({ acquirer })}
            preferred={(clients ?? []).map((client) => orgOption({ ...client, type: 'enterprise' }))}
            search={orgSearch(api, ['enterprise'])}
            error={errors.acquirerOrgId}
          />
          <Picker
            id="deal-broker"
            label={t('deal.field.broker')}
            chosen={inputs.broker}
            onChange={(chosen) => set({ broker: chosen })}
            search={orgSearch(api, ['agency', 'park'])}
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
            onValue={(source) => set({ source: source as DealFormInputs['source'], sourceId: '' })}
            options={(['direct', 'push', 'event'] as const).map((kind) => ({
              value: kind,
              label: t(`deal.source.${kind}`),
            }))}
          />
          {inputs.source !== 'direct' && (
            <SelectField
              id="deal-source-id"
              label={inputs.source === 'push' ? t('deal.field.leadId') : t('deal.field.eventId')}
              value={inputs.sourceId}
              onValue={(sourceId) => set({ sourceId })}
              options={[{ value: '', label: t('apply.choose') }, ...sourceOptions]}
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
