import type { Jurisdiction, Org } from '../api/types.ts';
import { formatDateTime } from '../format/date-time.ts';
import { type Locale, t } from '../i18n/messages.ts';

export function StatusBadge({ status }: { status: Org['status'] }) {
  return <span class={`status status-${status}`}>{t(`org.status.${status}`)}</span>;
}

/**
 * The organisation's registration facts as a definition list, with the IP office that reviews and evaluates
 * it (by region code) when known.
 */
export function OrgDetails({
  org,
  locale,
  jurisdiction = org.jurisdiction,
}: {
  org: Org;
  locale: Locale;
  jurisdiction?: Jurisdiction | null | undefined;
}) {
  return (
    <dl class="details">
      <dt>{t('org.field.name')}</dt>
      <dd>{org.name}</dd>
      <dt>{t('org.field.type')}</dt>
      <dd>{t(`org.type.${org.type}`)}</dd>
      <dt>{t('org.field.uscc')}</dt>
      <dd class="mono">{org.uscc}</dd>
      <dt>{t('org.field.regionCode')}</dt>
      <dd class="mono">{org.regionCode}</dd>
      <dt>{t('org.field.contact')}</dt>
      <dd>
        <ContactLine contact={org.contact} />
      </dd>
      <dt>{t('org.field.status')}</dt>
      <dd>
        <StatusBadge status={org.status} />
      </dd>
      {jurisdiction && org.type !== 'ip_office' && (
        <>
          <dt>{t('org.field.jurisdiction')}</dt>
          <dd data-jurisdiction={jurisdiction.office?.orgId ?? 'none'}>
            {jurisdiction.office
              ? t('org.jurisdiction.office', {
                  office: jurisdiction.office.name,
                  region: jurisdiction.regionCode,
                })
              : t('org.jurisdiction.none', { region: jurisdiction.regionCode })}
          </dd>
        </>
      )}
      {org.status === 'rejected' && org.rejectionReason && (
        <>
          <dt>{t('org.field.rejectionReason')}</dt>
          <dd>{org.rejectionReason}</dd>
        </>
      )}
      <dt>{t('org.field.createdAt')}</dt>
      <dd>{formatDateTime(org.createdAt, locale)}</dd>
      {org.reviewedAt && (
        <>
          <dt>{t('org.field.reviewedAt')}</dt>
          <dd>{formatDateTime(org.reviewedAt, locale)}</dd>
        </>
      )}
    </dl>
  );
}

export function ContactLine({ contact }: { contact: Org['contact'] }) {
  return (
    <span class="contact">
      <span>{contact.name}</span>
      <span class="mono">{contact.phone}</span>
      <a href={`mailto:${contact.email}`}>{contact.email}</a>
    </span>
  );
}
