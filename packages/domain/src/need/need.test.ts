import { describe, expect, it } from 'vitest';
import {
  createNeed,
  DEAL_TYPE_LABELS,
  DEAL_TYPES,
  NEED_STATUS_LABELS,
  NEED_STATUSES,
  NEED_VISIBILITIES,
  NeedInputSchema,
  NeedSchema,
  VISIBILITY_LABELS,
} from './need.ts';

const validInput = () => ({
  title: '汽车起重机吊重防摇摆智能控制技术',
  description: '公司汽车起重机在回转和变幅作业时吊重摆动明显，目前依赖操作手经验点动消摆。',
  targets: ['吊重残余摆角≤1°', '就位时间缩短≥25%'],
  industryChains: ['工程机械'],
  ipc: ['B66C 13/06'],
  budget: { minFen: 50_000_000, maxFen: 150_000_000 },
  dealTypes: ['ordinary_license', 'joint_development'],
  readiness: 6,
  deadline: '2027-06-30',
  regionCode: '430121',
  contact: { name: '王工', phone: '13800138000', email: 'wang@xiangyue.cn' },
  visibility: 'public',
  clientRef: 'XY-2026-001',
});

/** The first issue's message, or undefined when the input parses. */
const messageFor = (input: unknown) => NeedInputSchema.safeParse(input).error?.issues[0]?.message;

describe('NeedInputSchema', () => {
  it('accepts a complete need', () => {
    // Act
    const result = NeedInputSchema.safeParse(validInput());
    // Assess
    expect(result.success).toBe(true);
  });

  it('accepts a need with only the required fields and empty lists', () => {
    // Prepare
    const { ipc: _i, budget: _b, readiness: _r, deadline: _d, clientRef: _c, ...required } = validInput();
    // Act
    const result = NeedInputSchema.safeParse({ ...required, targets: [], industryChains: [] });
    // Assess
    expect(result.success).toBe(true);
  });

  it('trims text, canonicalises IPC codes and drops duplicates', () => {
    // Prepare
    const input = {
      ...validInput(),
      title: '  起重机防摇摆控制  ',
      targets: [' 摆角≤1° '],
      industryChains: ['工程机械', '工程机械 '],
      ipc: ['b66c13/06', 'B66C 13/06', 'G01M 5/00'],
      dealTypes: ['transfer', 'transfer', 'equity'],
    };
    // Act
    const need = NeedInputSchema.parse(input);
    // Assess
    expect(need.title).toBe('起重机防摇摆控制');
    expect(need.targets).toEqual(['摆角≤1°']);
    expect(need.industryChains).toEqual(['工程机械']);
    expect(need.ipc).toEqual(['B66C 13/06', 'G01M 5/00']);
    expect(need.dealTypes).toEqual(['transfer', 'equity']);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a title under 4 characters', { title: '电池' }, /^需求名称至少 4 个字 \/ title/],
    ['a title over 100 characters', { title: '电'.repeat(101) }, /^需求名称不能超过 100 个字 \/ title/],
    ['a missing title', { title: undefined }, /^请填写需求名称 \/ title is required/],
    ['a blank description', { description: '   ' }, /^请填写需求描述 \/ description is required/],
    ['a description over 3000 characters', { description: '述'.repeat(3001) }, /^需求描述不能超过 3000 个字/],
    ['a target over 200 characters', { targets: ['标'.repeat(201)] }, /^技术指标不能超过 200 个字/],
    ['a blank target', { targets: ['  '] }, /^请填写技术指标 \/ target is required/],
    ['21 targets', { targets: Array.from({ length: 21 }, (_, i) => `指标${i}≥1`) }, /^技术指标最多 20 项/],
    ['targets that are not a list', { targets: '寿命≥3000次' }, /^技术指标应为列表/],
    ['a malformed IPC code', { ipc: ['H01M 10'] }, /^IPC分类号格式错误/],
    [
      'a budget whose minimum exceeds its maximum',
      { budget: { minFen: 2, maxFen: 1 } },
      /^预算下限不能高于上限/,
    ],
    ['a budget in fractional fen', { budget: { minFen: 1.5, maxFen: 2 } }, /^金额必须是以分为单位的整数/],
    ['a negative budget', { budget: { minFen: -1, maxFen: 2 } }, /^金额不能为负数/],
    ['no deal type', { dealTypes: [] }, /^请至少选择一种合作方式 \/ choose at least one deal type/],
    ['an unknown deal type', { dealTypes: ['licence'] }, /^合作方式无效 \/ unknown deal type/],
    ['a readiness of 0', { readiness: 0 }, /^技术成熟度应为 1–9 的整数/],
    ['a readiness of 10', { readiness: 10 }, /^技术成熟度应为 1–9 的整数/],
    ['a fractional readiness', { readiness: 6.5 }, /^技术成熟度应为 1–9 的整数/],
    [
      'a deadline that is no real date',
      { deadline: '2027-02-30' },
      /^截止日期应为 YYYY-MM-DD 格式的有效日期/,
    ],
    ['a deadline in another format', { deadline: '2027/06/30' }, /^截止日期应为 YYYY-MM-DD/],
    ['an unknown province', { regionCode: '990000' }, /^行政区划代码的省级代码不存在/],
    [
      'a malformed phone number',
      { contact: { name: '王工', phone: '123', email: 'a@b.cn' } },
      /^联系电话格式不正确/,
    ],
    ['an unknown visibility', { visibility: 'members' }, /^可见范围应为 public、agencies 或 private/],
    ['a clientRef over 64 characters', { clientRef: 'x'.repeat(65) }, /^导入编号不能超过 64 个字符/],
  ])('rejects %s, saying what is wrong in Chinese then English', (_case, change, message) => {
    // Act
    const actual = messageFor({ ...validInput(), ...change });
    // Assess
    expect(actual).toMatch(message);
    expect(actual).toContain(' / ');
  });

  it('points the budget error at the maximum', () => {
    // Act
    const issue = NeedInputSchema.safeParse({ ...validInput(), budget: { minFen: 2, maxFen: 1 } }).error
      ?.issues[0];
    // Assess
    expect(issue?.path).toEqual(['budget', 'maxFen']);
  });

  it('accepts an equal minimum and maximum budget', () => {
    expect(messageFor({ ...validInput(), budget: { minFen: 100, maxFen: 100 } })).toBeUndefined();
  });
});

describe('createNeed', () => {
  it('starts a need as a draft at version 1', () => {
    // Prepare
    const input = NeedInputSchema.parse(validInput());
    // Act
    const need = createNeed(input, { id: 'n1', ownerOrgId: 'ent', at: '2026-05-01T02:00:00.000Z' });
    // Assess
    expect(need).toMatchObject({
      id: 'n1',
      ownerOrgId: 'ent',
      status: 'draft',
      version: 1,
      createdAt: '2026-05-01T02:00:00.000Z',
      updatedAt: '2026-05-01T02:00:00.000Z',
    });
    expect(need).not.toHaveProperty('collectedByOrgId');
    expect(NeedSchema.parse(need)).toEqual(need);
  });

  it('credits the agency or park that collected it', () => {
    // Prepare
    const input = NeedInputSchema.parse(validInput());
    // Act
    const need = createNeed(input, {
      id: 'n1',
      ownerOrgId: 'ent',
      collectedBy: { orgId: 'agency', userId: 'u9' },
      at: '2026-05-01T02:00:00.000Z',
    });
    // Assess
    expect(need).toMatchObject({ collectedByOrgId: 'agency', collectedByUserId: 'u9' });
  });
});

describe('labels', () => {
  it('names every deal type, visibility and status in Chinese', () => {
    expect(Object.keys(DEAL_TYPE_LABELS)).toEqual([...DEAL_TYPES]);
    expect(Object.keys(VISIBILITY_LABELS)).toEqual([...NEED_VISIBILITIES]);
    expect(Object.keys(NEED_STATUS_LABELS)).toEqual([...NEED_STATUSES]);
    expect(DEAL_TYPE_LABELS.equity).toBe('作价入股');
    expect(NEED_STATUS_LABELS.in_negotiation).toBe('洽谈中');
  });
});
