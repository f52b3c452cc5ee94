import type { Patent } from './patent.ts';

/**
 * A granted invention in force until 2037-07-25, held by `org-uni` alone, fees paid. Test-only:
 * not exported from the package.
 */
export function aPatent(overrides: Partial<Patent> = {}): Patent {
  return {
    number: '201710601862.3',
    title: '一种锂离子电池正极材料的制备方法',
    keywords: ['锂电池'],
    industryChains: ['新能源'],
    ipc: ['H01M 4/131'],
    patentees: [{ name: '湘江大学', orgId: 'org-uni' }],
    inventors: ['张三'],
    filingDate: '2017-07-26',
    grantDate: '2020-03-10',
    legal: { annualFee: 'paid', proceedingsSuspended: false },
    type: 'invention',
    expiryDate: '2037-07-25',
    holderOrgId: 'org-uni',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A granted utility model (10-year term, expires 2029-01-14) with a favourable evaluation report. */
export function aUtilityModel(overrides: Partial<Patent> = {}): Patent {
  return aPatent({
    number: '201920123456.5',
    title: '一种电池散热装置',
    filingDate: '2019-01-15',
    grantDate: '2019-10-08',
    type: 'utility_model',
    expiryDate: '2029-01-14',
    evaluationReport: { reference: 'PJ2025-0001', conclusion: 'favourable' },
    ...overrides,
  });
}
