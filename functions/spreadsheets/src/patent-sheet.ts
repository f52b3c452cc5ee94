import { type Patent, type PatentInput, PatentInputSchema } from '@openlicense/domain';
import { defineLedger } from '@openlicense/ledger-io';
import * as z from 'zod/mini';

const YES_NO_LICENCE = { 独占许可: 'exclusive', 排他许可: 'sole' } as const;

/** Spreadsheet cells → the ledger input: names become patentee records, empty sub-records are dropped. */
function fromSheet(row: unknown): unknown {
  if (!row || typeof row !== 'object') return row;
  const r = row as Record<string, unknown> & { legal?: Record<string, unknown> };
  const legal: Record<string, unknown> = { proceedingsSuspended: false, ...r.legal };
  const pledge = legal.pledge as Record<string, unknown> | undefined;
  if (pledge && pledge.pledgee === undefined && pledge.pledgeeConsented === undefined) delete legal.pledge;
  else if (pledge) pledge.pledgeeConsented ??= false;
  const exclusive = legal.exclusiveLicence as Record<string, unknown> | undefined;
  if (exclusive && exclusive.kind === undefined && exclusive.until === undefined)
    delete legal.exclusiveLicence;
  return {
    ...r,
    patentees: Array.isArray(r.patentees) ? r.patentees.map((name) => ({ name })) : r.patentees,
    legal,
  };
}

/**
 * The ledger input → spreadsheet cells (the inverse of `fromSheet`). The number is written as the ledger
 * and the certificate show it, `ZL201710601862.3`; the import reads it back with or without the prefix.
 */
export function toSheet(patent: Patent): Record<string, unknown> {
  return { ...patent, number: `ZL${patent.number}`, patentees: patent.patentees.map((p) => p.name) };
}

/** 专利台账 as universities keep it in Excel: one row a patent, Chinese headers. */
export const PATENT_SHEET = defineLedger<PatentInput>({
  sheetName: '专利台账',
  rowSchema: z.pipe(z.transform(fromSheet), PatentInputSchema) as unknown as z.ZodMiniType<PatentInput>,
  columns: [
    {
      key: 'number',
      header: '专利号',
      aliases: ['申请号', '专利申请号', 'ZL号', 'Patent No.'],
      required: true,
      example: 'ZL201710601862.3',
      width: 20,
    },
    {
      key: 'title',
      header: '专利名称',
      aliases: ['发明名称', '名称', 'Title'],
      required: true,
      example: '一种高镍三元正极材料的制备方法',
      width: 36,
    },
    {
      key: 'patentees',
      header: '专利权人',
      aliases: ['权利人', '申请人'],
      kind: 'list',
      required: true,
      example: '中南大学；湖南某某新材料有限公司',
    },
    {
      key: 'filingDate',
      header: '申请日',
      aliases: ['申请日期'],
      kind: 'date',
      required: true,
      example: '2017-07-26',
    },
    {
      key: 'grantDate',
      header: '授权公告日',
      aliases: ['授权日', '授权日期'],
      kind: 'date',
      example: '2019-11-05',
    },
    {
      key: 'ipc',
      header: 'IPC分类号',
      aliases: ['IPC', '分类号', '主分类号'],
      kind: 'list',
      example: 'H01M 4/525；H01M 10/0525',
    },
    { key: 'keywords', header: '关键词', kind: 'list', example: '高镍；正极材料；共沉淀' },
    {
      key: 'industryChains',
      header: '产业链',
      aliases: ['产业链标签', '所属产业链'],
      kind: 'list',
      example: '先进储能材料',
    },
    { key: 'inventors', header: '发明人', aliases: ['设计人'], kind: 'list', example: '张三；李四' },
    { key: 'abstract', header: '摘要', aliases: ['技术摘要'], example: '本发明公开了一种……', width: 50 },
    {
      key: 'legal.annualFee',
      header: '年费状态',
      kind: 'enum',
      required: true,
      example: '已缴',
      values: {
        已缴: 'paid',
        正常: 'paid',
        滞纳期: 'late_window',
        欠费: 'late_window',
        已失效: 'lapsed',
        失效: 'lapsed',
      },
    },
    { key: 'legal.pledge.pledgee', header: '质权人', aliases: ['质押权人'], example: '' },
    { key: 'legal.pledge.pledgeeConsented', header: '质权人同意开放许可', kind: 'boolean', example: '' },
    {
      key: 'legal.exclusiveLicence.kind',
      header: '在先独占/排他许可',
      kind: 'enum',
      values: YES_NO_LICENCE,
      example: '',
    },
    { key: 'legal.exclusiveLicence.until', header: '许可截止日', kind: 'date', example: '' },
    {
      key: 'legal.proceedingsSuspended',
      header: '程序中止',
      aliases: ['中止程序'],
      kind: 'boolean',
      example: '否',
    },
    { key: 'legal.invalidated', header: '已被宣告无效', kind: 'boolean', example: '否' },
    {
      key: 'evaluationReport.reference',
      header: '评价报告编号',
      aliases: ['专利权评价报告编号'],
      example: '',
    },
    {
      key: 'evaluationReport.conclusion',
      header: '评价报告结论',
      kind: 'enum',
      example: '',
      values: { 肯定: 'favourable', 有利: 'favourable', 否定: 'unfavourable', 不利: 'unfavourable' },
    },
    {
      key: 'feeReductionPercent',
      header: '已享年费减缴比例(%)',
      aliases: ['年费减缴比例'],
      kind: 'number',
      example: '85',
    },
  ],
  instructions: [
    '每行一件专利；专利号可带或不带 ZL 前缀，校验位须正确（如 201710601862.3）。',
    '多个值（专利权人、IPC、关键词、发明人）用“；”分隔；列出全部共有专利权人。',
    '实用新型和外观设计请填写专利权评价报告编号及结论，否则不能发布开放许可。',
    '同一文件重复导入不会产生重复记录：内容相同的行计为“未变化”。',
  ],
});
