import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { DEAL_KINDS, type Deal, type DealKind, type Lead } from '../../api/deals.ts';
import { useApp } from '../../app-context.ts';
import { formatDateTime } from '../../format/date-time.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';

/**
 * A push lead, named by what was pushed (the listing's or bundle's title and patent numbers): the broker or a
 * party turns it into a deal (the lead fills listing, enterprise and broker).
 */
export function LeadItem({ lead, onConverted }: { lead: Lead; onConverted: (deal: Deal) => void }) {
  const { api, locale, notify, reportError } = useApp();
  const [kind, setKind] = useState<DealKind>('ordinary_license');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bundle = lead.listingId.startsWith('bundle:');
  const href = bundle
    ? screenHref('bundles', [lead.listingId.slice('bundle:'.length)])
    : screenHref('catalogue', [lead.listingId]);

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
      <a href={href} data-lead-title>
        {lead.title ?? t('deals.leadListing')}
      </a>{' '}
      {lead.patentNumbers.length > 0 && (
        <span class="muted small mono">
          {lead.patentNumbers.map(displayPatentNumber).join(t('picker.separator'))}
        </span>
      )}{' '}
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
