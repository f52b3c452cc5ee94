import { addYears, createNeed, isoDateInChina, type Need, NeedInputSchema } from '@openlicense/domain';
import { ulid } from 'ulidx';

/** A complete, valid need as a form or a test body would send it. */
export const needInput = (overrides: Record<string, unknown> = {}) => ({
  title: '汽车起重机吊重防摇摆智能控制技术',
  description:
    '公司25–100吨汽车起重机在回转和变幅作业时吊重摆动明显，目前依赖操作手经验点动消摆，就位慢且存在安全隐患。' +
    '现有电控系统仅有限速功能，缺少基于吊重和绳长实时辨识的防摆算法，希望引进可集成到现有控制器的自适应防摆技术。',
  targets: ['吊重残余摆角≤1°', '就位时间缩短≥25%'],
  industryChains: ['工程机械'],
  ipc: ['B66C 13/06'],
  budget: { minFen: 50_000_000, maxFen: 150_000_000 },
  dealTypes: ['ordinary_license', 'joint_development'],
  readiness: 6,
  // A year ahead: a deadline must lie from today to ten years on.
  deadline: addYears(isoDateInChina(new Date()), 1),
  regionCode: '430121',
  contact: { name: '刘建军', phone: '13974810601', email: 'tech@test.openlicense.cn' },
  visibility: 'public',
  ...overrides,
});

/** A stored-shape need of `ownerOrgId`, as `createNeed` makes it (a draft, version 1). */
export function needOf(
  ownerOrgId: string,
  overrides: Record<string, unknown> = {},
  context: { collectedBy?: { orgId: string; userId: string }; at?: string } = {},
): Need {
  return createNeed(NeedInputSchema.parse(needInput(overrides)), {
    id: ulid(),
    ownerOrgId,
    ...(context.collectedBy ? { collectedBy: context.collectedBy } : {}),
    at: context.at ?? new Date().toISOString(),
  });
}
