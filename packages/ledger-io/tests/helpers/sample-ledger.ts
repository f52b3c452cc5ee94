import * as z from 'zod';
import { defineLedger } from '../../src/index.ts';

/** A patent-like ledger for tests; the real schemas live in other packages. */
export const SampleRow = z.object({
  patentNumber: z.string().regex(/^ZL\d{12}\.[\dX]$/, '专利号格式不正确 / malformed patent number'),
  title: z.string().max(20),
  applicationDate: z.iso.date().optional(),
  inventors: z.array(z.string()).optional(),
  legal: z
    .object({
      feeStatus: z.enum(['paid', 'late_window', 'lapsed']),
      annualFee: z.number().int().nonnegative().optional(),
    })
    .optional(),
  licensable: z.boolean().optional(),
});
export type SampleRow = z.infer<typeof SampleRow>;

export const sampleLedger = defineLedger({
  sheetName: '专利台账',
  columns: [
    {
      key: 'patentNumber',
      header: '专利号',
      aliases: ['ZL号', 'Patent No.'],
      required: true,
      example: 'ZL202110000001.2',
    },
    { key: 'title', header: '专利名称', aliases: ['名称'], required: true, example: '一种测试装置' },
    { key: 'applicationDate', header: '申请日', kind: 'date', example: '2021-06-01' },
    { key: 'inventors', header: '发明人', kind: 'list', example: '张三；李四' },
    {
      key: 'legal.feeStatus',
      header: '年费状态',
      kind: 'enum',
      values: { 已缴: 'paid', 已缴费: 'paid', 滞纳期: 'late_window', 失效: 'lapsed' },
      example: '已缴',
    },
    { key: 'legal.annualFee', header: '年费（元）', kind: 'number', example: '900' },
    { key: 'licensable', header: '可开放许可', kind: 'boolean', example: '是' },
  ],
  rowSchema: SampleRow,
  instructions: ['专利号请按 ZL 开头填写 / patent numbers start with ZL'],
});
