import { describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../../../../test/support/declaration-input.ts';
import { needOf } from '../../../../test/support/need-input.ts';
import { bundleFeatures, declarationFeatures, isMatchableNeed, needFeatures } from './features.ts';

describe('engine features', () => {
  it('reads a need as the enterprise described it, owned by its enterprise', () => {
    const need = needOf('ENT', { ipc: ['B66C 13/06'] });
    expect(needFeatures(need)).toMatchObject({
      id: need.id,
      enterpriseOrgId: 'ENT',
      title: need.title,
      ipc: ['B66C 13/06'],
      budget: { minFen: 50_000_000, maxFen: 150_000_000 },
      dealTypes: ['ordinary_license', 'joint_development'],
      regionCode: '430121',
    });
  });

  it('matches open, matched and in-negotiation needs only', () => {
    expect(
      ['draft', 'open', 'matched', 'in_negotiation', 'fulfilled', 'closed'].filter((status) =>
        isMatchableNeed({ status: status as never }),
      ),
    ).toEqual(['open', 'matched', 'in_negotiation']);
  });

  it('reads a declaration through its catalogue copy, with its royalty and period', () => {
    const record = declarationRecordOf('UNI', { status: 'published' });
    expect(declarationFeatures(record)).toMatchObject({
      id: record.id,
      kind: 'listing',
      title: '一种高镍三元正极材料的制备方法',
      keywords: ['高镍', '正极材料'],
      ipc: ['H01M 4/525'],
      regionCode: '430100',
      holderName: '测试大学',
      royalty: record.royalty,
      period: record.period,
    });
  });

  it('reads a bundle as one listing named bundle:<id>, with its members’ codes and chains', () => {
    const member = (n: string, ipc: string, chain: string) => ({
      patentNumber: n,
      holderOrgId: 'UNI',
      holderName: '测试大学',
      title: `成员专利${n}`,
      patentType: 'invention' as const,
      expiryDate: '2039-01-01',
      ipc: [ipc],
      industryChains: [chain],
    });
    const features = bundleFeatures(
      {
        id: 'B1',
        name: '锂电池材料专利包',
        description: '正极与隔膜',
        members: [member('1', 'H01M 4/525', '储能'), member('2', 'H01M 50/403', '储能')],
        organiserName: '长沙技术转移中心',
        royalty: { method: 'lump_sum', amountFen: 1_000_000 },
        period: { start: '2026-01-01', end: '2028-12-31' },
      } as never,
      '430100',
    );
    expect(features).toMatchObject({
      id: 'bundle:B1',
      kind: 'bundle',
      title: '锂电池材料专利包',
      abstract: '正极与隔膜；成员专利1；成员专利2',
      ipc: ['H01M 4/525', 'H01M 50/403'],
      industryChains: ['储能'],
      regionCode: '430100',
      holderName: '长沙技术转移中心',
    });
  });
});
