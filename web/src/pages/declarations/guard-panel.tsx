import type { GuardIssue } from '../../api/declarations.ts';
import { useApp } from '../../app-context.ts';
import { localiseServerMessage } from '../../format/server-message.ts';
import { type MessageKey, t } from '../../i18n/messages.ts';
import { screenHref } from '../../router/hash-location.ts';
import { fixedInLedger } from './guard-issues.ts';
import type { DeclarationCheck } from './use-declaration-check.ts';

/** Labels of the fields the server may say are incomplete, for the panel's list. */
export const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  'royalty.amountFen': 'royalty.field.amount',
  'royalty.entryFeeFen': 'royalty.field.entryFee',
  'royalty.totalFen': 'royalty.field.total',
  'royalty.ratePercent': 'royalty.field.rate',
  'royalty.perUnitFen': 'royalty.field.perUnit',
  'royalty.schedule': 'royalty.field.schedule',
  royaltyEstimationNote: 'declaration.field.royaltyEstimationNote',
  'period.start': 'declaration.field.periodStart',
  'period.end': 'declaration.field.periodEnd',
  scope: 'declaration.field.scope',
  territory: 'declaration.field.territory',
  'contact.name': 'org.field.contactName',
  'contact.phone': 'org.field.contactPhone',
  'contact.email': 'org.field.contactEmail',
  evaluationReportReference: 'declaration.field.evaluationReport',
  marketingText: 'declaration.field.marketingText',
  coOwnerConsents: 'declaration.field.coOwners',
  pledgeeConsent: 'declaration.field.pledgeeConsent',
};

const labelOf = (field: string) => {
  const key = FIELD_LABELS[field] ?? FIELD_LABELS[field.replace(/\.\d+\..*$/, '')];
  return key ? t(key) : field;
};

interface GuardPanelProps {
  check: DeclarationCheck;
  /** What the browser itself could not read (an amount), by field. */
  local: Readonly<Record<string, string>>;
  patentNumber: string;
}

/**
 * The live check beside the declaration form: what is still incomplete, each guard that refuses the
 * declaration (Regs Art 86) with its Chinese title and what to fix, and the price warnings that do not block.
 */
export function GuardPanel({ check, local, patentNumber }: GuardPanelProps) {
  const incomplete = Object.entries({ ...check.incomplete, ...local });
  const errors = incomplete.length > 0 ? [] : (check.guards?.errors ?? []);
  const warnings = check.guards?.warnings ?? [];
  const clear = incomplete.length === 0 && check.guards !== null && errors.length === 0;
  return (
    <aside class="card guard-panel" id="declaration-guards" aria-labelledby="guards-title" aria-live="polite">
      <div class="card-head">
        <h2 id="guards-title">{t('guards.title')}</h2>
        {clear && <span class="pill pill-ok">{t('guards.ready')}</span>}
        {errors.length > 0 && (
          <span class="pill pill-danger">{t('guards.count', { count: errors.length })}</span>
        )}
      </div>
      <p class="muted small">{check.checking ? t('guards.checking') : t('guards.live')}</p>
      {incomplete.length > 0 && (
        <>
          <p class="guard-group">{t('guards.incomplete')}</p>
          <ul class="guards">
            {incomplete.map(([field, message]) => (
              <li key={field} class="guard guard-error" data-incomplete={field}>
                <span class="guard-title">{labelOf(field)}</span>
                <span>{message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {errors.length > 0 && (
        <>
          <p class="guard-group">{t('guards.errors')}</p>
          <ul class="guards">
            {errors.map((issue) => (
              <GuardItem
                key={`${issue.code}-${issue.field}`}
                issue={issue}
                kind="error"
                number={patentNumber}
              />
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p class="guard-group">{t('guards.warnings')}</p>
          <ul class="guards">
            {warnings.map((issue) => (
              <GuardItem
                key={`${issue.code}-${issue.field}`}
                issue={issue}
                kind="warning"
                number={patentNumber}
              />
            ))}
          </ul>
        </>
      )}
      {clear && <p class="guard-ok">{t('guards.allClear')}</p>}
    </aside>
  );
}

/** One finding; those fixed in the patent ledger link to the patent's edit page. */
export function GuardItem({
  issue,
  kind,
  number,
}: {
  issue: GuardIssue;
  kind: 'error' | 'warning';
  number?: string;
}) {
  const { locale } = useApp();
  return (
    <li class={`guard guard-${kind}`} data-guard={issue.code}>
      <span class="guard-title">{locale === 'zh-CN' ? issue.title : t(`guards.kind.${kind}`)}</span>
      <span>
        {localiseServerMessage(issue.message, locale)}
        {number && kind === 'error' && fixedInLedger(issue) && (
          <>
            {' '}
            <a href={screenHref('patents', [number, 'edit'])} data-action="fix-in-ledger">
              {t('guards.fixInLedger')}
            </a>
          </>
        )}
      </span>
    </li>
  );
}
