/**
 * Cold start as a user meets it: each API function's init AND its first request (one route of its group,
 * unsigned, so it answers through the whole shared edge without touching DynamoDB), against the SDK floor
 * measured in the same run. Made to judge changes that move work from init to the first request (lazily
 * built routes, say): such a change must lower init without raising init + first request. Prints medians
 * of wall and of CPU time; on a busy machine read the CPU columns. A report, not a test.
 * `npx tsx bench/cold-start/first-request.ts [runs]` (default 10 fresh processes per bundle).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { powertoolsLayerDirectory } from '../../infra/lib/powertools-layer-contents.ts';
import { bundle } from './bundle.ts';
import { INIT_ENV } from './measure-init.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(ROOT, 'bench/out');
const BUNDLE_DIR = join(OUT_DIR, 'first-request');
const CHILD = fileURLToPath(new URL('./first-request-child.mjs', import.meta.url));
const MARKER = 'FIRST_REQUEST_RESULT ';
const RUNS = Number(process.argv[2] ?? 10);
const FLOOR = 'sdk-floor';

/** Each bundle with the path of its first request: a route its group serves (the floor serves `/`). */
const TARGETS: { name: string; entry: string; path: string }[] = [
  { name: FLOOR, entry: 'bench/cold-start/sdk-floor-entry.ts', path: '/' },
  { name: 'api-catalogue', entry: 'functions/api/catalogue.ts', path: '/api/patents' },
  { name: 'api-supply', entry: 'functions/api/supply.ts', path: '/api/declarations' },
  { name: 'api-demand', entry: 'functions/api/demand.ts', path: '/api/needs' },
  { name: 'api-licensing', entry: 'functions/api/licensing.ts', path: '/api/confirmations' },
  { name: 'api-deals', entry: 'functions/api/deals.ts', path: '/api/deals' },
  { name: 'api-market', entry: 'functions/api/market.ts', path: '/api/market/demand' },
  { name: 'api-accounts', entry: 'functions/api/accounts.ts', path: '/api/me' },
];

interface Sample {
  init: { ms: number; cpuMs: number };
  first: { ms: number; cpuMs: number; status: number | undefined };
}

function sample(bundlePath: string, path: string): Sample {
  const child = spawnSync(process.execPath, [CHILD, bundlePath, path, INIT_ENV.ORIGIN_VERIFY_SECRET], {
    env: { PATH: process.env.PATH, ...INIT_ENV },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const line = child.stdout?.split('\n').find((l) => l.startsWith(MARKER));
  if (child.status !== 0 || line === undefined) {
    const why = child.error?.message ?? child.stderr.trim().split('\n').slice(0, 5).join('\n');
    throw new Error(`${bundlePath} failed (exit ${child.status}): ${why}`);
  }
  return JSON.parse(line.slice(MARKER.length)) as Sample;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function main(): Promise<void> {
  await mkdir(BUNDLE_DIR, { recursive: true });
  // As run.ts: the bundles import Powertools from a copy of the layer beside them, as in Lambda (a copy
  // of our own, so a run of run.ts at the same time keeps its copy).
  await rm(join(BUNDLE_DIR, 'node_modules'), { recursive: true, force: true });
  await cp(join(powertoolsLayerDirectory(), 'nodejs', 'node_modules'), join(BUNDLE_DIR, 'node_modules'), {
    recursive: true,
  });
  const rows = [];
  for (const target of TARGETS) {
    const built = await bundle(target.name, join(ROOT, target.entry), BUNDLE_DIR);
    rows.push({ ...target, outfile: built.outfile, kb: built.bytes / 1024, samples: [] as Sample[] });
  }
  // Round-robin, the first round unrecorded (it warms the file cache), as run.ts does.
  for (let round = 0; round <= RUNS; round++) {
    for (const row of rows) {
      const s = sample(row.outfile, row.path);
      if (round > 0) row.samples.push(s);
    }
  }

  const stats = rows.map((row) => {
    const initMs = median(row.samples.map((s) => s.init.ms));
    const initCpu = median(row.samples.map((s) => s.init.cpuMs));
    const firstMs = median(row.samples.map((s) => s.first.ms));
    const firstCpu = median(row.samples.map((s) => s.first.cpuMs));
    const bothMs = median(row.samples.map((s) => s.init.ms + s.first.ms));
    const bothCpu = median(row.samples.map((s) => s.init.cpuMs + s.first.cpuMs));
    const status = [...new Set(row.samples.map((s) => s.first.status))].join('|');
    return { ...row, initMs, initCpu, firstMs, firstCpu, bothMs, bothCpu, status };
  });
  const floor = stats.find((s) => s.name === FLOOR)!;
  const ratio = (x: number, of: number) => (x / of).toFixed(2);

  console.log(`Init + first request — ${new Date().toISOString()}, Node ${process.version}`);
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`${RUNS} fresh processes per bundle; load average ${load.join(' ')}`);
  console.log('Ratios are against sdk-floor in this run (its init, its first request, their sum).\n');
  const table = [
    [
      'bundle',
      'KB',
      'path',
      'status',
      'init ms',
      '×floor',
      'init cpu',
      '×floor',
      '1st ms',
      '1st cpu',
      'init+1st ms',
      '×floor',
      'init+1st cpu',
      '×floor',
    ],
    ...stats.map((s) => [
      s.name,
      s.kb.toFixed(1),
      s.path,
      s.status,
      s.initMs.toFixed(1),
      ratio(s.initMs, floor.initMs),
      s.initCpu.toFixed(1),
      ratio(s.initCpu, floor.initCpu),
      s.firstMs.toFixed(1),
      s.firstCpu.toFixed(1),
      s.bothMs.toFixed(1),
      ratio(s.bothMs, floor.bothMs),
      s.bothCpu.toFixed(1),
      ratio(s.bothCpu, floor.bothCpu),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  const format = (line: string[]) =>
    line.map((cell, i) => (i <= 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(format(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of table.slice(1)) console.log(format(line));
}

await main();
