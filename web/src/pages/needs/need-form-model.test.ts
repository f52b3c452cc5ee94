import { describe, expect, it } from 'vitest';
import type { Need } from '../../api/needs.ts';
import { emptyNeedForm, formToDraft, formToNeedInput, needToForm } from './need-form-model.ts';

const messages = { invalidAmount: '请填写金额', maxMissing: '请填写预算上限' };
const contact = { name: '王丽娟', phone: '13974810803', email: 'tech@example.cn' };

const need: Need = {
  id: '01J0000000000000000000000A',
  ownerOrgId: 'ORG-E',
  title: '动力电池健康状态在线估计算法',
  description: '现有电池管理系统仅按累计安时估算，误差超过8%。',
  targets: ['SOH估计误差≤3%', '可在车规级MCU上运行'],
  industryChains: ['新能源汽车'],
  ipc: ['G01R 31/392'],
  budget: { minFen: 30_000_000, maxFen: 100_000_000 },
  dealTypes: ['open_license', 'ordinary_license'],
  readiness: 5,
  deadline: '2027-04-30',
  regionCode: '430104',
  contact,
  visibility: 'public',
  clientRef: 'XQ-001',
  status: 'open',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
};

describe('formToNeedInput', () => {
  it('round-trips a stored need through the form', () => {
    // Act
    const result = formToNeedInput(needToForm(need), messages);

    // Assess
    const { id, ownerOrgId, status, createdAt, updatedAt, version, ...input } = need;
    expect(result).toEqual({ ok: true, input });
  });

  it('shows the budget in yuan and reads 万 back into fen', () => {
    const form = needToForm(need);
    expect([form.budgetMin, form.budgetMax]).toEqual(['300000', '1000000']);
    const result = formToNeedInput({ ...form, budgetMin: '4.8万', budgetMax: '48,000元' }, messages);
    expect(result.ok && result.input.budget).toEqual({ minFen: 4_800_000, maxFen: 4_800_000 });
  });

  it('leaves out what was not filled in', () => {
    const form = {
      ...emptyNeedForm({ regionCode: '430104', contact }),
      title: '需求',
      dealTypes: ['transfer' as const],
    };
    expect(formToNeedInput(form, messages)).toEqual({
      ok: true,
      input: {
        title: '需求',
        description: '',
        targets: [],
        industryChains: [],
        dealTypes: ['transfer'],
        regionCode: '430104',
        contact,
        visibility: 'public',
      },
    });
  });

  it('takes an upper budget alone as from zero', () => {
    const result = formToNeedInput({ ...emptyNeedForm(), budgetMax: '50万' }, messages);
    expect(result.ok && result.input.budget).toEqual({ minFen: 0, maxFen: 50_000_000 });
  });

  it('explains unreadable amounts and a missing upper end beside the fields', () => {
    expect(formToNeedInput({ ...emptyNeedForm(), budgetMin: 'abc', budgetMax: '1' }, messages)).toEqual({
      ok: false,
      errors: { 'budget.minFen': '请填写金额' },
    });
    expect(formToNeedInput({ ...emptyNeedForm(), budgetMin: '10万' }, messages)).toEqual({
      ok: false,
      errors: { 'budget.maxFen': '请填写预算上限' },
    });
  });

  it('splits targets by line and the other lists by separator', () => {
    const form = {
      ...emptyNeedForm(),
      targets: '寿命≥3000次，容量≥80%\n成本≤0.5元/Wh',
      industryChains: '新能源汽车；先进储能材料',
    };
    const result = formToNeedInput(form, messages);
    expect(result.ok && result.input.targets).toEqual(['寿命≥3000次，容量≥80%', '成本≤0.5元/Wh']);
    expect(result.ok && result.input.industryChains).toEqual(['新能源汽车', '先进储能材料']);
  });
});

describe('formToDraft', () => {
  it('sends what the hints need, with an unreadable amount as none', () => {
    const form = {
      ...emptyNeedForm(),
      title: '电池',
      budgetMin: 'x',
      budgetMax: '20万',
      deadline: '2027-01-01',
    };
    expect(formToDraft(form)).toEqual({
      title: '电池',
      description: '',
      targets: [],
      industryChains: [],
      budget: { minFen: null, maxFen: 20_000_000 },
      deadline: '2027-01-01',
    });
  });
});
