import type {
  AnnualFeeStatus,
  EvaluationConclusion,
  ExclusiveLicenceKind,
  Patent,
  PatentInput,
  PatentType,
} from '../../api/patents.ts';
import { joinList, splitList } from '../../format/list-text.ts';

/** The patent form as typed: every control holds a string or a boolean. */
export interface PatentForm {
  number: string;
  title: string;
  patentees: string;
  inventors: string;
  filingDate: string;
  grantDate: string;
  ipc: string;
  keywords: string;
  industryChains: string;
  abstract: string;
  annualFee: AnnualFeeStatus;
  pledgee: string;
  pledgeeConsented: boolean;
  exclusiveKind: ExclusiveLicenceKind | '';
  exclusiveUntil: string;
  proceedingsSuspended: boolean;
  invalidated: boolean;
  feeReductionPercent: string;
  evaluationReference: string;
  evaluationConclusion: EvaluationConclusion | '';
}

export function emptyPatentForm(patentee = ''): PatentForm {
  return {
    number: '',
    title: '',
    patentees: patentee,
    inventors: '',
    filingDate: '',
    grantDate: '',
    ipc: '',
    keywords: '',
    industryChains: '',
    abstract: '',
    annualFee: 'paid',
    pledgee: '',
    pledgeeConsented: false,
    exclusiveKind: '',
    exclusiveUntil: '',
    proceedingsSuspended: false,
    invalidated: false,
    feeReductionPercent: '',
    evaluationReference: '',
    evaluationConclusion: '',
  };
}

export function patentToForm(patent: Patent): PatentForm {
  const { legal } = patent;
  return {
    number: `ZL${patent.number}`,
    title: patent.title,
    patentees: joinList(patent.patentees.map((p) => p.name)),
    inventors: joinList(patent.inventors),
    filingDate: patent.filingDate,
    grantDate: patent.grantDate ?? '',
    ipc: joinList(patent.ipc),
    keywords: joinList(patent.keywords),
    industryChains: joinList(patent.industryChains),
    abstract: patent.abstract ?? '',
    annualFee: legal.annualFee,
    pledgee: legal.pledge?.pledgee ?? '',
    pledgeeConsented: legal.pledge?.pledgeeConsented ?? false,
    exclusiveKind: legal.exclusiveLicence?.kind ?? '',
    exclusiveUntil: legal.exclusiveLicence?.until ?? '',
    proceedingsSuspended: legal.proceedingsSuspended,
    invalidated: legal.invalidated ?? false,
    feeReductionPercent: patent.feeReductionPercent === undefined ? '' : String(patent.feeReductionPercent),
    evaluationReference: patent.evaluationReport?.reference ?? '',
    evaluationConclusion: patent.evaluationReport?.conclusion ?? '',
  };
}

export type PatentFormResult =
  | { ok: true; input: PatentInput }
  | { ok: false; errors: Record<string, string> };

/**
 * The form → the ledger input the API takes. Optional groups are left out when empty, so the server's
 * messages speak about what was actually filled in. Patentees keep the platform organisation they were
 * linked to (by name), so editing a title does not unlink a co-owner. Only the fee reduction is checked
 * here (a number is needed to send one); everything else is the server's to judge.
 */
export function formToPatentInput(
  form: PatentForm,
  original: Pick<Patent, 'patentees'> | null,
  messages: { invalidPercent: string },
): PatentFormResult {
  const linked = new Map((original?.patentees ?? []).map((p) => [p.name, p.orgId]));
  const percentText = form.feeReductionPercent.trim().replace(/[%％]$/, '');
  const percent = percentText === '' ? undefined : Number(percentText);
  if (percent !== undefined && (!Number.isFinite(percent) || percent < 0 || percent > 100))
    return { ok: false, errors: { feeReductionPercent: messages.invalidPercent } };

  const abstract = form.abstract.trim();
  const pledgee = form.pledgee.trim();
  const reference = form.evaluationReference.trim();
  const input: PatentInput = {
    number: form.number.trim(),
    title: form.title.trim(),
    ...(abstract ? { abstract } : {}),
    keywords: splitList(form.keywords),
    industryChains: splitList(form.industryChains),
    ipc: splitList(form.ipc),
    patentees: splitList(form.patentees).map((name) => {
      const orgId = linked.get(name);
      return orgId ? { name, orgId } : { name };
    }),
    inventors: splitList(form.inventors),
    filingDate: form.filingDate,
    ...(form.grantDate ? { grantDate: form.grantDate } : {}),
    legal: {
      annualFee: form.annualFee,
      ...(pledgee ? { pledge: { pledgee, pledgeeConsented: form.pledgeeConsented } } : {}),
      ...(form.exclusiveKind
        ? { exclusiveLicence: { kind: form.exclusiveKind, until: form.exclusiveUntil } }
        : {}),
      proceedingsSuspended: form.proceedingsSuspended,
      ...(form.invalidated ? { invalidated: true } : {}),
    },
    ...(percent === undefined ? {} : { feeReductionPercent: percent }),
    ...(reference || form.evaluationConclusion
      ? {
          evaluationReport: {
            reference,
            conclusion: (form.evaluationConclusion || 'favourable') as EvaluationConclusion,
          },
        }
      : {}),
  };
  return { ok: true, input };
}

/**
 * The type a number announces, read as the server does (type digit 5th of 12, 3rd of 8), to show the
 * evaluation-report fields for utility models and designs; `null` while the number is incomplete.
 *
 * @example typeOfNumber('ZL201920746218.X') // 'utility_model'
 */
export function typeOfNumber(number: string): PatentType | null {
  const digits = /^(?:ZL|CN)?(\d{12}|\d{8})\.?[\dX]$/i.exec(
    number.normalize('NFKC').replace(/[\s．]/g, ''),
  )?.[1];
  if (!digits) return null;
  const digit = digits.charAt(digits.length === 12 ? 4 : 2);
  if (digit === '1' || digit === '8') return 'invention';
  if (digit === '2' || digit === '9') return 'utility_model';
  return digit === '3' ? 'design' : null;
}
