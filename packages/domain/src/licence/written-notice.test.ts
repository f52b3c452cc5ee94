import { describe, expect, it } from 'vitest';
import type { OpenLicence } from './open-licence.ts';
import { writtenNotice } from './written-notice.ts';

const licence: OpenLicence = {
  id: 'L1',
  offer: {
    kind: 'listing',
    id: 'D1',
    title: '一种锂离子电池隔膜及其制备方法',
    declarationIds: ['D1'],
    patentNumbers: ['ZL202310123456.7'],
  },
  licensors: [{ orgId: 'U1', name: '湘江大学' }],
  licensee: { orgId: 'E1', name: '衡阳新能科技有限公司' },
  contact: { name: '王经理', phone: '13812345678', email: 'wang@example.cn' },
  terms: {
    royalty: { method: 'entry_fee_plus_royalty', entryFeeFen: 2_000_000, base: 'net_sales', ratePercent: 3 },
    period: { start: '2026-01-01', end: '2030-12-31' },
    scope: '制造、使用、销售',
    territory: '中国大陆',
  },
  startDate: '2026-12-01',
  noticeDate: '2026-11-23',
  status: 'effective',
  dueOnAcceptanceFen: 2_000_000,
  payments: [{ amountFen: 2_000_000, paidOn: '2026-11-22', proofReference: 'HX2026112201' }],
  effectiveDate: '2026-11-23',
  royaltyReports: [],
  receipts: [],
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
  version: 1,
};

describe('written notice', () => {
  const notice = writtenNotice(licence);
  const text = notice.sections.flatMap((s) => s.lines).join('\n');

  it('names both parties, the patent, the declared terms and the date, as Art 51 requires', () => {
    expect(notice.title).toBe('专利开放许可实施书面通知');
    expect(notice.addressees).toBe('湘江大学');
    expect(text).toContain('衡阳新能科技有限公司');
    expect(text).toContain('ZL202310123456.7');
    expect(text).toContain('许可期限：2026-01-01 至 2030-12-31');
    expect(text).toContain('入门费：¥20,000.00');
    expect(text).toContain('提成：按净销售额 3%');
    expect(notice.signature.date).toBe('2026-11-23');
  });

  it('records the payment with its proof', () => {
    expect(text).toContain('已于 2026-11-22 支付 ¥20,000.00，付款凭证号 HX2026112201');
  });
});
