/**
 * How long reading a 10,000-row patent ledger takes. Prints the median of 5 runs for XLSX and for
 * the same rows as UTF-8 CSV; the target is "a few seconds" for the XLSX on a 2-core machine.
 *
 *   npx tsx packages/ledger-io/bench/read-10k.ts
 */
import { performance } from 'node:perf_hooks';
import { readLedgerFile, writeLedgerFile } from '../src/index.ts';
import { sampleLedger } from '../tests/helpers/sample-ledger.ts';

const ROWS = 10_000;
const RUNS = 5;
const STATUSES = ['paid', 'late_window', 'lapsed'] as const;

const records = Array.from({ length: ROWS }, (_, n) => ({
  patentNumber: `ZL2021${String(n).padStart(8, '0')}.${n % 10}`,
  title: `一种测试装置${n}`,
  applicationDate: `2021-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
  inventors: ['张三', '李四', `王${n % 100}`],
  legal: { feeStatus: STATUSES[n % 3], annualFee: 900 + (n % 7) * 300 },
  licensable: n % 2 === 0,
}));

const xlsx = await writeLedgerFile(sampleLedger, records);
const csv = new TextEncoder().encode(
  [
    '专利号,专利名称,申请日,发明人,年费状态,年费（元）,可开放许可',
    ...records.map((r) =>
      [
        r.patentNumber,
        r.title,
        r.applicationDate,
        r.inventors.join('；'),
        '已缴',
        r.legal.annualFee,
        '是',
      ].join(','),
    ),
  ].join('\r\n'),
);

async function median(label: string, bytes: Uint8Array, filename: string): Promise<void> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = await readLedgerFile(sampleLedger, bytes, filename);
    times.push(performance.now() - started);
    if (result.rows.length !== ROWS || result.errors.length > 0) {
      throw new Error(`${label}: read ${result.rows.length} rows with ${result.errors.length} errors`);
    }
  }
  times.sort((a, b) => a - b);
  const runs = times.map((ms) => ms.toFixed(0)).join(', ');
  console.log(
    `${label}: median ${times[Math.floor(RUNS / 2)]!.toFixed(0)} ms over ${RUNS} runs (${runs} ms)`,
  );
}

console.log(
  `${ROWS} rows, XLSX ${(xlsx.length / 1024).toFixed(0)} KiB, CSV ${(csv.length / 1024).toFixed(0)} KiB`,
);
await median('read 10k-row XLSX', xlsx, 'bench.xlsx');
await median('read 10k-row CSV ', csv, 'bench.csv');
