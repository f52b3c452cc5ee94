import { SpreadsheetLimitError } from '@openlicense/ledger-io';
import { describe, expect, it } from 'vitest';
import { workerSheetWork } from './worker-sheet-work.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('workerSheetWork', () => {
  it('reads a ledger in a worker thread with the spreadsheet function’s own code', async () => {
    // Act
    const read = await workerSheetWork().read(
      'patents',
      utf8('专利号,专利名称\nZL202110000001.2,甲\n'),
      'a.csv',
    );

    // Assess
    expect(read.errors).toEqual(expect.any(Array));
    expect(read.unknownHeaders).toEqual([]);
  });

  it('hands back a refusal over a limit as the same error class', async () => {
    // Prepare
    const wide = `专利号,${Array.from({ length: 101 }, (_, n) => `列${n}`).join(',')}\n`;

    // Act
    const reading = workerSheetWork().read('patents', utf8(wide), 'a.csv');

    // Assess
    await expect(reading).rejects.toBeInstanceOf(SpreadsheetLimitError);
    await expect(reading).rejects.toMatchObject({ status: 413, limit: 'columns', max: 100 });
  });

  it('answers a burst of reads, two workers at a time', async () => {
    // Prepare
    const work = workerSheetWork();
    const file = utf8('专利号,专利名称\nZL202110000001.2,甲\n');

    // Act
    const reads = await Promise.all(Array.from({ length: 5 }, () => work.read('patents', file, 'a.csv')));

    // Assess
    expect(reads.map((read) => read.unknownHeaders)).toEqual([[], [], [], [], []]);
  });

  it('writes the problem report in a worker thread', async () => {
    // Act
    const report = await workerSheetWork().errorReport([
      { row: 2, column: '专利号', message: '必填 / required' },
    ]);

    // Assess
    expect(Array.from(report.subarray(0, 2))).toEqual([0x50, 0x4b]);
  });
});
