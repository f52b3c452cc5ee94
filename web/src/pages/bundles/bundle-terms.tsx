import type { Bundle } from '../../api/bundles.ts';
import type { GuardIssue } from '../../api/declarations.ts';
import type { LedgerGrade } from '../../api/patents.ts';
import { useApp } from '../../app-context.ts';
import { BadgePill } from '../../components/badge-pill.tsx';
import { ContactLine } from '../../components/org-details.tsx';
import { holderDecisionBadge } from '../../format/bundle-badges.ts';
import { displayPatentNumber } from '../../format/patent-badges.ts';
import { instalmentLines, royaltyLine, summaryOf } from '../../format/royalty-text.ts';
import { t } from '../../i18n/messages.ts';
import { GuardItem } from '../declarations/guard-panel.tsx';
import { BundleMemberGrade } from './bundle-member-grade.tsx';

/** The bundle's one price and period for all its members, as a declaration states them. */
export function BundleTerms({ bundle }: { bundle: Bundle }) {
  const { locale } = useApp();
  const instalments = instalmentLines(bundle.royalty, locale);
  return (
    <dl class="details statutory" data-bundle-terms>
      <dt>{t('bundle.field.organiser')}</dt>
      <dd>
        {bundle.organiserName} <span class="muted small">· {t(`org.type.${bundle.organiserType}`)}</span>
      </dd>
      <dt>{t('bundle.field.royalty')}</dt>
      <dd data-royalty-line>
        {royaltyLine(summaryOf(bundle.royalty), locale)}
        {instalments.length > 0 && (
          <ul class="plain-list">
            {instalments.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('declaration.field.period')}</dt>
      <dd>{t('statutory.periodValue', { start: bundle.period.start, end: bundle.period.end })}</dd>
      <dt>{t('declaration.field.scope')}</dt>
      <dd class="prewrap">{bundle.scope}</dd>
      <dt>{t('statutory.territory')}</dt>
      <dd>{bundle.territory}</dd>
      <dt>{t('statutory.contact')}</dt>
      <dd>
        <ContactLine contact={bundle.contact} />
      </dd>
      <dt>{t('statutory.estimationNote')}</dt>
      <dd class="prewrap">{bundle.royaltyEstimationNote}</dd>
      {bundle.description && (
        <>
          <dt>{t('bundle.field.description')}</dt>
          <dd class="prewrap">{bundle.description}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * Every member with its holder and the holder's answer, and what blocks each member now; with `grades` (the
 * organiser's and holders' view) each member's grade and reasons it holds (a member of another holder blank).
 */
export function BundleMembers({
  bundle,
  blockers,
  grades,
}: {
  bundle: Bundle;
  blockers: readonly { patentNumber: string; issues: GuardIssue[] }[];
  grades?: Readonly<Record<string, LedgerGrade | null>> | undefined;
}) {
  const decisions = new Map(bundle.holders.map((holder) => [holder.orgId, holder.decision]));
  const blocked = new Map(blockers.map((b) => [b.patentNumber, b.issues]));
  return (
    <div class="table-wrap">
      <table class="table" id="bundle-members">
        <thead>
          <tr>
            <th scope="col">{t('patent.field.number')}</th>
            <th scope="col">{t('patent.field.title')}</th>
            <th scope="col">{t('bundle.field.holder')}</th>
            <th scope="col">{t('bundle.field.consent')}</th>
            <th scope="col">{t('bundle.field.blockers')}</th>
            {grades && <th scope="col">{t('bundleGrade.field')}</th>}
          </tr>
        </thead>
        <tbody>
          {bundle.members.map((member) => {
            const decision = decisions.get(member.holderOrgId) ?? 'pending';
            const issues = blocked.get(member.patentNumber) ?? [];
            return (
              <tr key={member.patentNumber} data-number={member.patentNumber}>
                <td class="mono nowrap">{displayPatentNumber(member.patentNumber)}</td>
                <td>
                  <div class="cell-title">
                    <span class="row-title">{member.title}</span>
                    <span class="muted small">
                      {t(`patent.type.${member.patentType}`)} · {t('patent.field.expiryDate')}{' '}
                      {member.expiryDate}
                    </span>
                  </div>
                </td>
                <td data-holder>{member.holderName}</td>
                <td class="nowrap">
                  <BadgePill badge={holderDecisionBadge(decision)} />
                </td>
                <td>
                  {issues.length === 0 ? (
                    <span class="guard-ok small">{t('bundle.memberClear')}</span>
                  ) : (
                    <ul class="guards">
                      {issues.map((issue) => (
                        <GuardItem key={`${issue.code}-${issue.field}`} issue={issue} kind="error" />
                      ))}
                    </ul>
                  )}
                </td>
                {grades && (
                  <td data-member-grade>
                    {member.patentNumber in grades ? (
                      <BundleMemberGrade grade={grades[member.patentNumber] ?? undefined} />
                    ) : null}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
