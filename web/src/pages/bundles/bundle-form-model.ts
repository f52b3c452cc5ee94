import type { Bundle, BundleInput } from '../../api/bundles.ts';
import type { Contact } from '../../api/types.ts';
import { periodEnd } from '../../format/china-today.ts';
import {
  DEFAULT_PERIOD_YEARS,
  DEFAULT_SCOPE,
  DEFAULT_TERRITORY,
} from '../declarations/declaration-form-model.ts';
import {
  emptyRoyaltyForm,
  formToRoyalty,
  type RoyaltyForm,
  type RoyaltyFormMessages,
  royaltyToForm,
} from '../declarations/royalty-form.ts';

/** The bundle builder as typed: members as patent numbers, one a line (or separated by ；,、). */
export interface BundleForm {
  name: string;
  description: string;
  members: string;
  royalty: RoyaltyForm;
  royaltyEstimationNote: string;
  periodStart: string;
  periodEnd: string;
  scope: string;
  territory: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/**
 * A patent number as the ledger keeps it, from what people type: `ZL` or `CN` dropped, full-width folded,
 * the dot before the check character put back.
 *
 * @example canonicalNumber('ZL 2017106018623') // '201710601862.3'
 */
export function canonicalNumber(text: string): string {
  const compact = text
    .normalize('NFKC')
    .replace(/[\s．]/g, '')
    .replace(/^(ZL|CN)/i, '')
    .toUpperCase();
  const match = /^(\d{12}|\d{8})\.?([\dX])$/.exec(compact);
  return match ? `${match[1]}.${match[2]}` : compact;
}

/** The member numbers in the order typed, each once. */
export function memberNumbers(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n\r；;，,、]+/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map(canonicalNumber),
    ),
  ];
}

export function newBundleForm(organiser: { contact: Contact }, today: string): BundleForm {
  return {
    name: '',
    description: '',
    members: '',
    royalty: emptyRoyaltyForm(),
    royaltyEstimationNote: '',
    periodStart: today,
    periodEnd: periodEnd(today, DEFAULT_PERIOD_YEARS),
    scope: DEFAULT_SCOPE,
    territory: DEFAULT_TERRITORY,
    contactName: organiser.contact.name,
    contactPhone: organiser.contact.phone,
    contactEmail: organiser.contact.email,
  };
}

export function bundleToForm(bundle: Bundle): BundleForm {
  return {
    name: bundle.name,
    description: bundle.description,
    members: bundle.members.map((member) => member.patentNumber).join('\n'),
    royalty: royaltyToForm(bundle.royalty),
    royaltyEstimationNote: bundle.royaltyEstimationNote,
    periodStart: bundle.period.start,
    periodEnd: bundle.period.end,
    scope: bundle.scope,
    territory: bundle.territory,
    contactName: bundle.contact.name,
    contactPhone: bundle.contact.phone,
    contactEmail: bundle.contact.email,
  };
}

export type BundleFormResult =
  | { ok: true; input: BundleInput }
  | { ok: false; errors: Record<string, string> };

/** The builder → the draft the API takes; the rules (two members at least, a year at least) are the server's. */
export function formToBundleInput(form: BundleForm, messages: RoyaltyFormMessages): BundleFormResult {
  const royalty = formToRoyalty(form.royalty, messages);
  if (!royalty.ok) return royalty;
  const territory = form.territory.trim();
  return {
    ok: true,
    input: {
      name: form.name.trim(),
      description: form.description.trim(),
      members: memberNumbers(form.members).map((patentNumber) => ({ patentNumber })),
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
    },
  };
}
