import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry, Org } from '../api/types.ts';
import { useApp } from '../app-context.ts';
import { OrgDetails } from '../components/org-details.tsx';
import { auditActionLabel } from '../format/audit-action.ts';
import { formatDateTime } from '../format/date-time.ts';
import { type Locale, t } from '../i18n/messages.ts';

export function OrgPage() {
  const { api, me, locale, reportError } = useApp();
  const orgId = me?.organisation?.id;
  const [org, setOrg] = useState<Org | null>(me?.organisation ?? null);
  const [audit, setAudit] = useState<AuditEntry[] | null>(null);

  useEffect(() => {
    if (!orgId) return;
    let live = true;
    Promise.all([api.getOrg(orgId), api.orgAudit(orgId)]).then(
      ([freshOrg, trail]) => {
        if (!live) return;
        setOrg(freshOrg);
        setAudit(trail.items);
      },
      (error) => {
        if (!live) return;
        setAudit([]);
        reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [api, orgId, reportError]);

  if (!org) return null;
  return (
    <div class="page">
      <section class="card" aria-labelledby="org-title">
        <h1 id="org-title">{t('orgPage.title')}</h1>
        <OrgDetails org={org} locale={locale} />
      </section>
      <section class="card" aria-labelledby="audit-title">
        <h2 id="audit-title">{t('orgPage.audit')}</h2>
        {audit === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : (
          <Timeline entries={audit} locale={locale} />
        )}
      </section>
    </div>
  );
}

function Timeline({ entries, locale }: { entries: readonly AuditEntry[]; locale: Locale }) {
  if (entries.length === 0) return <p class="empty">{t('orgPage.auditEmpty')}</p>;
  return (
    <ol class="timeline">
      {entries.map((entry) => {
        const label = auditActionLabel(entry.action);
        return (
          <li key={entry.id} data-action={entry.action}>
            <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
            <strong>{label ? t(label) : entry.summary}</strong>
            {label && entry.summary && <span class="muted">{entry.summary}</span>}
          </li>
        );
      })}
    </ol>
  );
}
