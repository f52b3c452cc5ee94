import { describe, expect, it } from 'vitest';
import {
  isMeasurableTarget,
  NEED_HINT_WEIGHTS,
  type NeedHintCode,
  type NeedQualityInput,
  needQualityHints,
} from './quality-hints.ts';

const TODAY = '2026-05-01';

const goodNeed = (): NeedQualityInput => ({
  title: '汽车起重机吊重防摇摆智能控制技术',
  description:
    '公司25–100吨汽车起重机在回转和变幅作业时吊重摆动明显，目前依赖操作手经验点动消摆，就位慢且存在安全隐患。' +
    '现有电控系统仅有限速功能，缺少基于吊重和绳长实时辨识的防摆算法，希望引进可集成到现有控制器的自适应防摆技术。',
  targets: ['吊重残余摆角≤1°', '就位时间缩短≥25%', '可运行于现有32位车载控制器'],
  industryChains: ['工程机械'],
  ipc: ['B66C 13/06'],
  budget: { minFen: 50_000_000, maxFen: 150_000_000 },
  deadline: '2027-06-30',
});

const codes = (input: NeedQualityInput) => needQualityHints(input, TODAY).hints.map((hint) => hint.code);

describe('isMeasurableTarget', () => {
  it.each([
    ['循环寿命≥3000次', true],
    ['循环寿命３０００次以上', true],
    ['成本降低２０％', true],
    ['噪声不超过国家标准限值', true],
    ['强度不低于进口同类产品', true],
    ['寿命提高三倍', true],
    ['检测精度达到微米级', true],
    ['耐温达到数百℃', true],
    ['单体重量减少至吨级以内', true],
    ['残留溶剂控制在ppm级', true],
    ['提升产品质量', false],
    ['与现有显影液兼容', false],
    ['支持私有化部署', false],
    ['产品一致性好', false],
    ['克服现有技术缺陷', false],
    ['CAN总线兼容', false],
  ])('judges %j measurable: %s', (target, measurable) => {
    expect(isMeasurableTarget(target)).toBe(measurable);
  });
});

describe('needQualityHints', () => {
  it('gives a complete, specific need 100 and no hints', () => {
    expect(needQualityHints(goodNeed(), TODAY)).toEqual({ score: 100, hints: [] });
  });

  it.each<[string, Partial<NeedQualityInput>, NeedHintCode, 'high' | 'medium' | 'low', number]>([
    ['no targets', { targets: [] }, 'no_targets', 'high', 70],
    ['only blank targets', { targets: [' ', ''] }, 'no_targets', 'high', 70],
    [
      'no measurable target',
      { targets: ['提升产品质量', '与现有工艺兼容'] },
      'targets_not_measurable',
      'high',
      80,
    ],
    [
      'fewer than half the targets measurable',
      { targets: ['寿命≥3000次', '提升产品质量', '与现有工艺兼容'] },
      'targets_not_measurable',
      'medium',
      90,
    ],
    [
      'a short description',
      { description: '吊重摆动明显，需要防摆技术。' },
      'description_too_short',
      'medium',
      80,
    ],
    ['a generic title', { title: '技术合作需求' }, 'title_too_vague', 'medium', 85],
    ['a title naming no technology', { title: '寻求新产品研发方案' }, 'title_too_vague', 'medium', 85],
    ['no industry chain', { industryChains: [] }, 'no_industry_chain', 'medium', 90],
    ['no budget', { budget: undefined }, 'no_budget', 'medium', 90],
    ['a zero budget', { budget: { minFen: 0, maxFen: 0 } }, 'no_budget', 'medium', 90],
    ['a passed deadline', { deadline: '2026-04-30' }, 'deadline_passed', 'high', 90],
    ['no IPC code', { ipc: [] }, 'no_ipc', 'low', 95],
    ['IPC left out', { ipc: undefined }, 'no_ipc', 'low', 95],
  ])('flags %s', (_case, change, code, severity, score) => {
    // Act
    const quality = needQualityHints({ ...goodNeed(), ...change }, TODAY);
    // Assess
    expect(quality.score).toBe(score);
    expect(quality.hints).toEqual([expect.objectContaining({ code, severity })]);
  });

  it('does not flag a need whose targets are mostly measurable', () => {
    expect(codes({ ...goodNeed(), targets: ['寿命≥3000次', '不添加化学防腐剂'] })).toEqual([]);
  });

  it('does not flag a deadline of today', () => {
    expect(codes({ ...goodNeed(), deadline: TODAY })).toEqual([]);
  });

  it('does not flag a short but specific title', () => {
    expect(codes({ ...goodNeed(), title: '锂电池隔膜涂覆' })).toEqual([]);
  });

  it('tells the enterprise what to add, in Chinese first', () => {
    // Act
    const [hint] = needQualityHints({ ...goodNeed(), targets: [] }, TODAY).hints;
    // Assess
    expect(hint?.message).toMatch(/^请补充可量化的技术指标，如“循环寿命≥3000次” \/ add measurable targets/);
  });

  it('quotes an unmeasurable target back', () => {
    // Act
    const [hint] = needQualityHints({ ...goodNeed(), targets: ['提升产品质量'] }, TODAY).hints;
    // Assess
    expect(hint?.message).toContain('“提升产品质量”');
  });

  it('counts description characters without whitespace', () => {
    // Act
    const [hint] = needQualityHints({ ...goodNeed(), description: '吊重 摆动\n明显' }, TODAY).hints;
    // Assess
    expect(hint?.message).toContain('（6 字）');
  });

  it('lists high-severity hints first and sums the weights', () => {
    // Prepare
    const poor: NeedQualityInput = {
      title: '技术需求',
      description: '求助',
      targets: [],
      industryChains: [],
      deadline: '2020-01-01',
    };
    // Act
    const quality = needQualityHints(poor, TODAY);
    // Assess
    expect(quality.hints.map((hint) => hint.code)).toEqual([
      'no_targets',
      'deadline_passed',
      'description_too_short',
      'title_too_vague',
      'no_industry_chain',
      'no_budget',
      'no_ipc',
    ]);
    expect(quality.score).toBe(0);
  });

  it('has weights that add up to 100 over the hints that can occur together', () => {
    // Prepare
    const { targets_not_measurable: _excluded, ...together } = NEED_HINT_WEIGHTS;
    // Act
    const total = Object.values(together).reduce((sum, weight) => sum + weight, 0);
    // Assess
    expect(total).toBe(100);
  });
});
