import type { ListingFeatures, NeedFeatures } from './types.ts';

/**
 * The inputs of fixtures/engine-format-1.bin, an engine snapshot written by the engine before its
 * snapshots were compressed (commit 79e63ae): the test holds that today's engine still loads it.
 */
const TITLES = [
  '一种耐热锂离子电池隔膜',
  '一种陶瓷涂层隔膜的制备方法',
  '一种混凝土搅拌设备',
  '一种水稻种植机',
  '数控机床主轴冷却结构',
  '一种污水处理工艺',
  '图像识别的神经网络训练方法',
  '一种中药提取设备',
  '一种电池外壳焊接装置',
  '磷酸铁锂正极材料的合成方法',
];

export const FORMAT_1_LISTINGS: ListingFeatures[] = TITLES.map((title, i) => ({
  id: `L${i}`,
  kind: i === 9 ? 'bundle' : 'listing',
  title,
  abstract: `${title}，结构简单，成本低。${TITLES[(i + 3) % TITLES.length]}。`,
  keywords: [title.slice(2, 6)],
  ipc: i < 2 ? ['H01M 50/403'] : [],
  industryChains: i < 2 ? ['新能源汽车'] : [],
  regionCode: '440300',
  holderName: `大学${i}`,
  royalty: { method: 'lump_sum', amountFen: 4_800_000 },
  period: { start: '2025-07-01', end: '2030-06-30' },
}));

export const FORMAT_1_NEEDS: NeedFeatures[] = [
  {
    id: 'N1',
    enterpriseOrgId: 'ORG-E1',
    title: '锂离子电池隔膜的耐热改性',
    description: '企业生产锂离子电池，现有聚乙烯隔膜在高温下收缩，需要提高隔膜耐热性能。',
    targets: ['150℃ 下热收缩率 ≤ 3%'],
    industryChains: ['新能源汽车'],
    budget: { minFen: 5_000_000, maxFen: 20_000_000 },
    dealTypes: ['open_license'],
    regionCode: '430104',
  },
  {
    id: 'N2',
    enterpriseOrgId: 'ORG-E2',
    title: '污水处理絮凝工艺',
    description: '寻求高效污水处理工艺，降低絮凝剂用量。',
    targets: [],
    industryChains: ['节能环保'],
    dealTypes: ['open_license', 'transfer'],
    regionCode: '430102',
  },
];
