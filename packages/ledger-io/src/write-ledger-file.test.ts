import { describe, expect, it } from 'vitest';
import { sampleLedger } from '../tests/helpers/sample-ledger.ts';
import { sheetsOf } from '../tests/helpers/xlsx.ts';
import { writeLedgerFile } from './write-ledger-file.ts';

describe('writeLedgerFile', () => {
  it('writes values as a user would type them: labels, joined lists, text dates, 是/否', async () => {
    // Prepare
    const record = {
      patentNumber: 'ZL202110000001.2',
      title: '一种测试装置',
      applicationDate: '2021-06-01',
      inventors: ['张三', '李四'],
      legal: { feeStatus: 'late_window', annualFee: 900 },
      licensable: false,
    };

    // Act
    const [sheet] = await sheetsOf(await writeLedgerFile(sampleLedger, [record]));

    // Assess
    expect(sheet?.name).toBe('专利台账');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '专利号',
      '专利名称',
      '申请日',
      '发明人',
      '年费状态',
      '年费（元）',
      '可开放许可',
    ]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'ZL202110000001.2',
      '一种测试装置',
      '2021-06-01',
      '张三；李四',
      '滞纳期',
      900,
      '否',
    ]);
    expect(sheet?.getCell('C2').numFmt).toBe('@');
  });

  it('writes a stored instant as its date in China and an unlabelled enum value as it is', async () => {
    // Prepare
    const record = {
      patentNumber: 'ZL202110000001.2',
      applicationDate: new Date('2021-05-31T16:30:00Z'),
      legal: { feeStatus: 'unknown_state' },
    };
    const timestamp = { patentNumber: 'ZL202110000002.3', applicationDate: '2021-05-31T16:30:00.000Z' };

    // Act
    const [sheet] = await sheetsOf(await writeLedgerFile(sampleLedger, [record, timestamp]));

    // Assess
    expect(sheet?.getCell('C2').value).toBe('2021-06-01');
    expect(sheet?.getCell('C3').value).toBe('2021-06-01');
    expect(sheet?.getCell('E2').value).toBe('unknown_state');
    expect(sheet?.getCell('B2').value).toBeNull();
  });

  it('makes the header bold and frozen, with filter buttons and sized columns', async () => {
    // Act
    const [sheet] = await sheetsOf(await writeLedgerFile(sampleLedger, [{}, {}]));

    // Assess
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBe('A1:G3');
    expect(sheet?.getColumn(1).width).toBeGreaterThanOrEqual(16);
  });

  it('keeps text that looks like a formula as text', async () => {
    // Act
    const [sheet] = await sheetsOf(await writeLedgerFile(sampleLedger, [{ title: '=HYPERLINK("x")' }]));

    // Assess
    expect(sheet?.getCell('B2').value).toBe('=HYPERLINK("x")');
  });
});
