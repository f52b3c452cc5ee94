import type { Declaration, DeclarationInput } from './declaration.ts';

/** Raw (unparsed) terms that pass every guard for `aPatent()` on 2025-06-01. Test-only. */
export function rawDeclarationInput(overrides: Record<string, unknown> = {}) {
  return {
    patentNumber: 'ZL201710601862.3',
    royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 4 },
    royaltyEstimationNote: '参考同类电池材料专利近三年许可费率 3%–5% 确定',
    period: { start: '2025-07-01', end: '2028-06-30' },
    scope: '制造、使用、销售、许诺销售本专利产品',
    contact: { name: '王老师', phone: '13800138000', email: 'tech@xjdx.edu.cn' },
    ...overrides,
  };
}

/** Parsed terms that pass every guard for `aPatent()` on 2025-06-01. Test-only. */
export function aDeclarationInput(overrides: Partial<DeclarationInput> = {}): DeclarationInput {
  return {
    patentNumber: '201710601862.3',
    royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 4 },
    royaltyEstimationNote: '参考同类电池材料专利近三年许可费率 3%–5% 确定',
    period: { start: '2025-07-01', end: '2028-06-30' },
    scope: '制造、使用、销售、许诺销售本专利产品',
    territory: '中国大陆',
    contact: { name: '王老师', phone: '13800138000', email: 'tech@xjdx.edu.cn' },
    coOwnerConsents: [],
    ...overrides,
  };
}

/** A declaration of `aPatent()` in `status`, version 1. Test-only. */
export function aDeclaration(overrides: Partial<Declaration> = {}): Declaration {
  return {
    ...aDeclarationInput(),
    id: 'decl-1',
    holderOrgId: 'org-uni',
    patentees: [{ name: '湘江大学', orgId: 'org-uni' }],
    patentType: 'invention',
    status: 'draft',
    createdAt: '2025-06-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}
