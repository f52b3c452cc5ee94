import { DEFAULT_TERRITORY } from '@openlicense/domain/declaration/declaration';
import type { Declaration, DeclarationInput } from '../../api/declarations.ts';
import type { Patent } from '../../api/patents.ts';
import type { Contact } from '../../api/types.ts';
import { periodEnd } from '../../format/china-today.ts';
import {
  emptyRoyaltyForm,
  formToRoyalty,
  type RoyaltyForm,
  type RoyaltyFormMessages,
  royaltyToForm,
} from './royalty-form.ts';

/** 许可地域 the law assumes: mainland China (the domain's value). */
export { DEFAULT_TERRITORY };

/** 实施范围 as technology-transfer offices write it (Patent Law Art 11), offered as a starting point. */
export const DEFAULT_SCOPE =
  '制造、使用、销售、许诺销售、进口本专利产品，或使用本专利方法以及使用、销售、许诺销售、进口依照该专利方法直接获得的产品';

/** How long a new declaration runs unless the holder says otherwise, capped at the patent's expiry. */
export const DEFAULT_PERIOD_YEARS = 3;

export interface CoOwnerRow {
  name: string;
  consented: boolean;
}

/** The declaration form as typed. */
export interface DeclarationForm {
  patentNumber: string;
  royalty: RoyaltyForm;
  royaltyEstimationNote: string;
  periodStart: string;
  periodEnd: string;
  scope: string;
  territory: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  evaluationReportReference: string;
  /** 宣传介绍: kept apart from the statutory text, never part of the declaration. */
  marketingText: string;
  /** One row per co-owner patentee other than the declaring holder. */
  coOwners: CoOwnerRow[];
  /** The pledgee's consent is asked only while the patent is pledged. */
  pledged: boolean;
  pledgeeConsent: boolean;
}

export interface Holder {
  name: string;
  contact: Contact;
}

/** The co-owners whose consent a declaration needs: every patentee but the holder itself. */
export function coOwnersOf(patent: Pick<Patent, 'patentees' | 'holderOrgId'>, holderName: string): string[] {
  return patent.patentees
    .filter((patentee) => patentee.orgId !== patent.holderOrgId && patentee.name !== holderName)
    .map((patentee) => patentee.name);
}

/**
 * The licence period a new declaration starts with: today for three years, ending no later than the
 * patent's expiry.
 *
 * @example defaultPeriod('2026-03-01', '2040-01-01') // { start: '2026-03-01', end: '2029-02-28' }
 */
export function defaultPeriod(today: string, expiryDate: string): { start: string; end: string } {
  const end = periodEnd(today, DEFAULT_PERIOD_YEARS);
  return { start: today, end: end > expiryDate ? expiryDate : end };
}

export function newDeclarationForm(patent: Patent, holder: Holder, today: string): DeclarationForm {
  const period = defaultPeriod(today, patent.expiryDate);
  return {
    patentNumber: patent.number,
    royalty: emptyRoyaltyForm(),
    royaltyEstimationNote: '',
    periodStart: period.start,
    periodEnd: period.end,
    scope: DEFAULT_SCOPE,
    territory: DEFAULT_TERRITORY,
    contactName: holder.contact.name,
    contactPhone: holder.contact.phone,
    contactEmail: holder.contact.email,
    evaluationReportReference: patent.evaluationReport?.reference ?? '',
    marketingText: '',
    coOwners: coOwnersOf(patent, holder.name).map((name) => ({ name, consented: false })),
    pledged: patent.legal.pledge !== undefined,
    pledgeeConsent: patent.legal.pledge?.pledgeeConsented ?? false,
  };
}

/**
 * A saved declaration back into the form. The co-owners are the patent's as the ledger has them now (a
 * co-owner added since shows unticked); without the patent, those the declaration recorded.
 */
export function declarationToForm(
  declaration: Declaration,
  patent: Patent | null,
  holderName: string,
): DeclarationForm {
  const given = new Map(declaration.coOwnerConsents.map((c) => [c.name, c.consented]));
  const names = patent ? coOwnersOf(patent, holderName) : [...given.keys()];
  return {
    patentNumber: declaration.patentNumber,
    royalty: royaltyToForm(declaration.royalty),
    royaltyEstimationNote: declaration.royaltyEstimationNote,
    periodStart: declaration.period.start,
    periodEnd: declaration.period.end,
    scope: declaration.scope,
    territory: declaration.territory,
    contactName: declaration.contact.name,
    contactPhone: declaration.contact.phone,
    contactEmail: declaration.contact.email,
    evaluationReportReference: declaration.evaluationReportReference ?? '',
    marketingText: declaration.marketingText ?? '',
    coOwners: names.map((name) => ({ name, consented: given.get(name) ?? false })),
    pledged: patent ? patent.legal.pledge !== undefined : declaration.pledgeeConsent !== undefined,
    pledgeeConsent: declaration.pledgeeConsent ?? patent?.legal.pledge?.pledgeeConsented ?? false,
  };
}

export type DeclarationFormResult =
  | { ok: true; input: DeclarationInput }
  | { ok: false; errors: Record<string, string> };

/**
 * The form → the input the API takes (and checks). Optional text left blank is left out, so the server's
 * default applies (territory) and nothing empty is declared.
 */
export function formToDeclarationInput(
  form: DeclarationForm,
  messages: RoyaltyFormMessages,
): DeclarationFormResult {
  const royalty = formToRoyalty(form.royalty, messages);
  if (!royalty.ok) return royalty;
  const territory = form.territory.trim();
  const reference = form.evaluationReportReference.trim();
  const marketingText = form.marketingText.trim();
  return {
    ok: true,
    input: {
      patentNumber: form.patentNumber,
      royalty: royalty.royalty,
      royaltyEstimationNote: form.royaltyEstimationNote.trim(),
      period: { start: form.periodStart, end: form.periodEnd },
      scope: form.scope.trim(),
      ...(territory ? { territory } : {}),
      contact: {
        name: form.contactName.trim(),
        phone: form.contactPhone.trim(),
        email: form.contactEmail.trim(),
      },
      ...(reference ? { evaluationReportReference: reference } : {}),
      ...(marketingText ? { marketingText } : {}),
      coOwnerConsents: form.coOwners.map(({ name, consented }) => ({ name, consented })),
      ...(form.pledged ? { pledgeeConsent: form.pledgeeConsent } : {}),
    },
  };
}
