import { DomainError } from '../errors.ts';
import type { OrgStatus } from '../organisation/index.ts';
import type { Patentee } from './patent.ts';

/** Brackets people type for the same thing: Chinese, full-width (folded by NFKC) and lenticular ones. */
const OPENING = /[【〔［〖｛{[]/g;
const CLOSING = /[】〕］〗｝}\]]/g;

/**
 * An organisation's name as compared with a patentee's: full-width folded to half-width (NFKC), every
 * kind of bracket made `(` `)`, all whitespace (full-width spaces too) dropped, Latin letters lower-cased.
 *
 * @example normaliseOrgName('长沙市市场监督管理局 （知识产权局）') === normaliseOrgName('长沙市市场监督管理局(知识产权局)') // true
 */
export function normaliseOrgName(name: string): string {
  return name.normalize('NFKC').replace(OPENING, '(').replace(CLOSING, ')').replace(/\s+/g, '').toLowerCase();
}

/** Whether `orgName` is one of `patentees`, names compared after `normaliseOrgName`. */
export function isAmongPatentees(orgName: string, patentees: readonly Pick<Patentee, 'name'>[]): boolean {
  const own = normaliseOrgName(orgName);
  return own.length > 0 && patentees.some((patentee) => normaliseOrgName(patentee.name) === own);
}

/** The organisation that adds or claims a patent: what the rule needs to know of it. */
export interface PatentClaimant {
  name: string;
  status: OrgStatus;
}

/**
 * A patent enters an organisation's ledger only when the organisation is approved and is one of its
 * patentees (专利权人), so no one can register — and so block — another's patent. Throws the refusal:
 * 403 `org_not_approved`, or 422 `not_a_patentee` naming the field `patentees`.
 */
export function checkPatentClaimant(claimant: PatentClaimant, patentees: readonly Pick<Patentee, 'name'>[]) {
  if (claimant.status !== 'approved')
    throw new DomainError(
      'org_not_approved',
      '机构入驻申请审核通过后才能登记专利 / your organisation must be approved before it adds patents',
      403,
    );
  checkAmongPatentees(claimant.name, patentees);
}

/** Throws 422 `not_a_patentee` naming the field `patentees` unless `orgName` is one of them. */
export function checkAmongPatentees(orgName: string, patentees: readonly Pick<Patentee, 'name'>[]) {
  if (isAmongPatentees(orgName, patentees)) return;
  const message = `专利权人中没有本机构“${orgName}”：台账只能登记本机构为专利权人的专利 / your organisation is not among the patentees; a ledger holds only patents you hold`;
  throw new DomainError('not_a_patentee', message, 422, [{ path: 'patentees', message }]);
}
