import type { Declaration } from '../api/declarations.ts';
import type { PublishedDeclaration } from '../api/listings.ts';
import type { Patentee, PatentType } from '../api/patents.ts';
import type { LicencePeriod, Royalty } from '../api/royalty.ts';
import type { Contact } from '../api/types.ts';
import { displayPatentNumber } from '../format/patent-badges.ts';
import { instalmentLines, royaltyLine, summaryOf } from '../format/royalty-text.ts';
import { type Locale, t } from '../i18n/messages.ts';
import { ContactLine } from './org-details.tsx';

/** What a declaration states by law (Regs Art 85), however it reached the page. */
export interface StatutoryTerms {
  patentNumber: string;
  patentType: PatentType;
  title: string;
  patentees: readonly Patentee[];
  royalty: Royalty;
  royaltyEstimationNote: string;
  period: LicencePeriod;
  scope: string;
  territory: string;
  contact: Contact;
  evaluationReport?: { reference: string; conclusion?: 'favourable' | 'unfavourable' | undefined };
}

export function termsOfRecord(declaration: Declaration): StatutoryTerms {
  return {
    ...declaration,
    title: declaration.listing.title,
    ...(declaration.evaluationReportReference
      ? { evaluationReport: { reference: declaration.evaluationReportReference } }
      : {}),
  };
}

export function termsOfPublished(declaration: PublishedDeclaration): StatutoryTerms {
  return declaration;
}

/**
 * The declaration's statutory text, in the order of Regs Art 85: patent, patentees, payment method and
 * standard, licence period, other terms, contact; then the royalty estimation note and, for utility models
 * and designs, the evaluation report. Marketing text is never part of it.
 */
export function StatutoryText({ terms, locale }: { terms: StatutoryTerms; locale: Locale }) {
  const instalments = instalmentLines(terms.royalty, locale);
  const report = terms.evaluationReport;
  return (
    <dl class="details statutory" data-statutory>
      <dt>{t('statutory.patent')}</dt>
      <dd>
        <span class="mono">{displayPatentNumber(terms.patentNumber)}</span>{' '}
        {t('statutory.quoted', { title: terms.title })}
        <span class="muted small"> · {t(`patent.type.${terms.patentType}`)}</span>
      </dd>
      <dt>{t('statutory.patentees')}</dt>
      <dd>{terms.patentees.map((p) => p.name).join('、')}</dd>
      <dt>{t('statutory.royalty')}</dt>
      <dd data-royalty-line>
        {royaltyLine(summaryOf(terms.royalty), locale)}
        {instalments.length > 0 && (
          <ul class="plain-list">
            {instalments.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('statutory.period')}</dt>
      <dd data-period>{t('statutory.periodValue', { start: terms.period.start, end: terms.period.end })}</dd>
      <dt>{t('statutory.scope')}</dt>
      <dd class="prewrap">{terms.scope}</dd>
      <dt>{t('statutory.territory')}</dt>
      <dd>{terms.territory}</dd>
      <dt>{t('statutory.contact')}</dt>
      <dd>
        <ContactLine contact={terms.contact} />
      </dd>
      <dt>{t('statutory.estimationNote')}</dt>
      <dd class="prewrap">{terms.royaltyEstimationNote}</dd>
      {report && (
        <>
          <dt>{t('statutory.evaluationReport')}</dt>
          <dd>
            <span class="mono">{report.reference}</span>
            {report.conclusion && (
              <span class="muted small"> · {t(`patent.conclusion.${report.conclusion}`)}</span>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}
