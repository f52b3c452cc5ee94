import {
  DEAL_TYPE_LABELS,
  type Need,
  type NeedInput,
  NeedInputSchema,
  VISIBILITY_LABELS,
} from '@openlicense/domain';
import { defineLedger } from '@openlicense/ledger-io';
import * as z from 'zod/mini';

/** One yuan-denominated 万元 is 1,000,000 fen: the sheet takes budgets in 万元, as enterprises quote them. */
const FEN_PER_WAN = 1_000_000;

const invert = (labels: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [label, value]));

/** A row of the need sheet: the need, plus the enterprise it is for (agencies and parks) and whether to publish it. */
export type NeedRow = NeedInput & { enterpriseName?: string; enterpriseUscc?: string; publish: boolean };

const RowSchema = z.extend(NeedInputSchema, {
  enterpriseName: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  enterpriseUscc: z.optional(z.string().check(z.trim(), z.maxLength(18))),
  publish: z._default(z.boolean(), true),
});

function fromSheet(row: unknown): unknown {
  if (!row || typeof row !== 'object') return row;
  const r = row as Record<string, unknown> & { budget?: { minFen?: unknown; maxFen?: unknown } };
  const wan = (v: unknown) => (typeof v === 'number' ? Math.round(v * FEN_PER_WAN) : v);
  const budget = r.budget && {
    minFen: wan(r.budget.minFen ?? r.budget.maxFen),
    maxFen: wan(r.budget.maxFen ?? r.budget.minFen),
  };
  return { targets: [], industryChains: [], ...r, ...(budget ? { budget } : {}) };
}

/** The need → sheet cells (budgets back to 万元). */
export function needToSheet(need: Need, enterpriseName?: string): Record<string, unknown> {
  return {
    ...need,
    ...(need.budget
      ? { budget: { minFen: need.budget.minFen / FEN_PER_WAN, maxFen: need.budget.maxFen / FEN_PER_WAN } }
      : {}),
    ...(enterpriseName ? { enterpriseName } : {}),
    publish: need.status !== 'draft',
  };
}

/** 技术需求台账 as enterprises (and the agencies collecting for them) keep it in Excel. */
export const NEED_SHEET = defineLedger<NeedRow>({
  sheetName: '技术需求台账',
  rowSchema: z.pipe(z.transform(fromSheet), RowSchema) as unknown as z.ZodMiniType<NeedRow>,
  columns: [
    {
      key: 'clientRef',
      header: '导入编号',
      aliases: ['客户编号', '需求编号', '编号'],
      example: 'XQ-2026-001',
    },
    {
      key: 'enterpriseName',
      header: '企业名称',
      aliases: ['需求企业', '企业'],
      example: '湖南某某新能源有限公司',
      width: 28,
    },
    { key: 'enterpriseUscc', header: '统一社会信用代码', aliases: ['信用代码'], example: '', width: 22 },
    {
      key: 'title',
      header: '需求名称',
      aliases: ['需求标题', '标题'],
      required: true,
      example: '高倍率磷酸铁锂正极材料的低成本制备',
      width: 32,
    },
    {
      key: 'description',
      header: '需求描述',
      aliases: ['问题描述', '现状'],
      required: true,
      example: '现有产品倍率性能不足……',
      width: 50,
    },
    {
      key: 'targets',
      header: '技术指标',
      aliases: ['预期目标', '预期目标/技术指标'],
      kind: 'list',
      example: '10C放电容量≥140mAh/g；循环寿命≥3000次',
    },
    { key: 'industryChains', header: '产业链', kind: 'list', example: '先进储能材料' },
    { key: 'ipc', header: 'IPC分类号', aliases: ['IPC'], kind: 'list', example: 'H01M 4/58' },
    { key: 'budget.minFen', header: '预算下限(万元)', aliases: ['预算下限'], kind: 'number', example: '30' },
    {
      key: 'budget.maxFen',
      header: '预算上限(万元)',
      aliases: ['预算上限', '预算(万元)'],
      kind: 'number',
      example: '80',
    },
    {
      key: 'dealTypes',
      header: '合作方式',
      kind: 'list',
      required: true,
      values: invert(DEAL_TYPE_LABELS),
      example: DEAL_TYPE_LABELS.open_license,
    },
    {
      key: 'readiness',
      header: '技术成熟度(1-9)',
      aliases: ['技术成熟度', 'TRL'],
      kind: 'number',
      example: '6',
    },
    { key: 'deadline', header: '截止日期', kind: 'date', example: '2027-06-30' },
    { key: 'regionCode', header: '地区代码', aliases: ['行政区划代码'], required: true, example: '430100' },
    { key: 'contact.name', header: '联系人', required: true, example: '王工' },
    { key: 'contact.phone', header: '联系电话', required: true, example: '13800000000' },
    { key: 'contact.email', header: '联系邮箱', required: true, example: 'wang@example.cn' },
    {
      key: 'visibility',
      header: '可见范围',
      kind: 'enum',
      required: true,
      values: invert(VISIBILITY_LABELS),
      example: VISIBILITY_LABELS.public,
    },
    { key: 'publish', header: '是否发布', kind: 'boolean', example: '是' },
  ],
  instructions: [
    '每行一项技术需求。服务机构、园区代企业导入时，须填写企业名称或统一社会信用代码，且该企业已向本机构授权。',
    '填写“导入编号”后，同一文件重复导入只会更新、不会重复创建；内容未变的行计为“未变化”。',
    '预算以万元填写；多个技术指标、产业链、IPC、合作方式用“；”分隔。',
    '“是否发布”为“是”时，已通过审核的企业的需求直接发布；否则保存为草稿。',
  ],
});
