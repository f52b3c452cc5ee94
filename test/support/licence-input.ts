import { addDays, filingDeadline, isoDateInChina, type OpenLicence } from '@openlicense/domain';
import { ulid } from 'ulidx';

/** A stored-shape effective open licence of a listing, as `POST …/licenses` makes it (for store and job tests). */
export function licenceOf(
  overrides: Partial<OpenLicence> & { effectiveDate?: string } = {},
  parties: { licenseeOrgId?: string; licensorOrgId?: string; listingId?: string } = {},
): OpenLicence {
  const effectiveDate = overrides.effectiveDate ?? isoDateInChina(new Date());
  const at = new Date().toISOString();
  return {
    id: ulid(),
    offer: {
      kind: 'listing',
      id: parties.listingId ?? ulid(),
      title: '一种高镍三元正极材料的制备方法',
      declarationIds: [parties.listingId ?? 'D1'],
      patentNumbers: ['201910123456.7'],
    },
    licensors: [{ orgId: parties.licensorOrgId ?? ulid(), name: '湘江大学' }],
    licensee: { orgId: parties.licenseeOrgId ?? ulid(), name: '衡阳新能科技有限公司' },
    contact: { name: '王经理', phone: '13812345678', email: 'wang@example.cn' },
    terms: {
      royalty: { method: 'lump_sum', amountFen: 4_800_000 },
      period: { start: effectiveDate, end: addDays(effectiveDate, 3 * 365) },
      scope: '制造、使用、销售',
      territory: '中国大陆',
    },
    startDate: effectiveDate,
    noticeDate: effectiveDate,
    status: 'effective',
    dueOnAcceptanceFen: 4_800_000,
    payments: [{ amountFen: 4_800_000, paidOn: effectiveDate, proofReference: 'HX2026112001' }],
    effectiveDate,
    filing: { deadline: filingDeadline(effectiveDate), remindersSent: [] },
    royaltyReports: [],
    receipts: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

/** The same licence with its notice sent and the due payment not recorded yet (not effective). */
export function noticeSentOf(...args: Parameters<typeof licenceOf>): OpenLicence {
  const { effectiveDate: _e, filing: _f, ...licence } = licenceOf(...args);
  return { ...licence, status: 'notice_sent', payments: [] };
}
