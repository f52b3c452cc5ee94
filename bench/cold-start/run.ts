/**
 * Cold-start benchmark of the Lambda bundles: size and module-init time of each function, against a
 * bare Hono-on-Lambda bundle built in the same run. A report, not a test: it exits 0 even when a
 * target is missed. Run with `npm run bench:cold-start`; results also go to bench/out/cold-start.json.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMetafile, version as esbuildVersion } from 'esbuild';
import { filesUnder, powertoolsLayerDirectory } from '../../infra/lib/powertools-layer-contents.ts';
import { type Bundle, bundle, contributors } from './bundle.ts';
import { type InitSample, measureInit } from './measure-init.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(ROOT, 'bench/out');
const RUNS = 20;
const MAX_KB = 300;
const MAX_INIT_RATIO = 3;
/** Issue 16: a function's init within 1.3× that of the bare SDK + Hono bundle (`sdk-floor`). */
const MAX_FLOOR_RATIO = 1.3;
const BASELINE = 'baseline';
const SDK_FLOOR = 'sdk-floor';

const ENTRIES: Record<string, string> = {
  [BASELINE]: 'bench/cold-start/baseline-entry.ts',
  [SDK_FLOOR]: 'bench/cold-start/sdk-floor-entry.ts',
  // The API, one function per bounded context (functions/api/src/api-groups.ts).
  'api-catalogue': 'functions/api/catalogue.ts',
  'api-supply': 'functions/api/supply.ts',
  'api-demand': 'functions/api/demand.ts',
  'api-licensing': 'functions/api/licensing.ts',
  'api-deals': 'functions/api/deals.ts',
  'api-market': 'functions/api/market.ts',
  'api-accounts': 'functions/api/accounts.ts',
  spreadsheets: 'functions/spreadsheets/index.ts',
  'spreadsheet-reports': 'functions/spreadsheets/reports.ts',
  matcher: 'functions/matcher/index.ts',
  scheduler: 'functions/scheduler/index.ts',
};

interface Row {
  name: string;
  entry: string;
  bundle?: Bundle;
  samples: InitSample[];
  error?: string;
}

const kb = (bytes: number) => bytes / 1024;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function median(xs: number[]): number {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
/** Nearest-rank percentile: with 20 samples, p90 is the 18th fastest. */
const p90 = (xs: number[]) => sorted(xs)[Math.ceil(0.9 * xs.length) - 1]!;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  // The bundles import Powertools from the layer, as in Lambda: a copy of it beside them is found first
  // (the SDK, as in the runtime, from the repository's node_modules further up).
  await rm(join(OUT_DIR, 'node_modules'), { recursive: true, force: true });
  await cp(join(powertoolsLayerDirectory(), 'nodejs', 'node_modules'), join(OUT_DIR, 'node_modules'), {
    recursive: true,
  });
  const rows: Row[] = [];
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const row: Row = { name, entry, samples: [] };
    rows.push(row);
    try {
      row.bundle = await bundle(name, join(ROOT, entry), OUT_DIR);
      // For https://esbuild.github.io/analyze/ and for explaining a bundle over budget.
      await writeFile(join(OUT_DIR, `${name}.meta.json`), JSON.stringify(row.bundle.metafile));
    } catch (e) {
      // Another function may be mid-edit: report it and still measure the rest.
      row.error = `bundle failed: ${message(e)}`;
    }
  }

  // Round-robin (one process per bundle in turn) so machine noise that drifts over the run hits every
  // bundle alike; the first, unrecorded round only warms the OS file cache for node_modules.
  const built = rows.filter((r) => r.bundle && !r.error);
  for (let round = 0; round <= RUNS; round++) {
    for (const row of built) {
      if (row.error) continue;
      try {
        const sample = measureInit(row.bundle!.outfile);
        if (round > 0) row.samples.push(sample);
      } catch (e) {
        row.error = message(e);
      }
    }
  }

  const baseRow = rows.find((r) => r.name === BASELINE)!;
  const baseMedian = baseRow.samples.length ? median(baseRow.samples.map((s) => s.ms)) : undefined;
  const floorRow = rows.find((r) => r.name === SDK_FLOOR)!;
  const floorMedian = floorRow.samples.length ? median(floorRow.samples.map((s) => s.ms)) : undefined;
  const layer = powertoolsLayer();
  const results = rows.map((row) => summarise(row, baseMedian, floorMedian, layer.bytes));

  console.log(`Cold-start bench — ${new Date().toISOString()}`);
  console.log(
    `Node ${process.version} (${process.platform}/${process.arch}; Lambda runs Node 22 on arm64), esbuild ${esbuildVersion}, ${RUNS} fresh processes per bundle`,
  );
  // Other work on the machine shows up in the p90 first; say how busy it was.
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`Machine: ${cpus().length} CPUs, load average ${load.join(' ')}`);
  console.log(
    `Targets: minified size ≤ ${MAX_KB} KB (1 KB = 1024 B); init median ≤ ${MAX_INIT_RATIO}× ${BASELINE} and ≤ ${MAX_FLOOR_RATIO}× ${SDK_FLOOR}\n`,
  );
  printTable(results);
  console.log(
    `\nLayer (Powertools, attached to every function and left out of each bundle, so NOT in "size KB"; "+ layer KB" adds it):` +
      `\n  ${kb(layer.bytes).toFixed(1)} KB unzipped in ${layer.files} files: ${layer.packages.join(', ')}` +
      `\n  Init times above include loading what each bundle imports from it (a copy of the layer in ${relative(ROOT, OUT_DIR)}/node_modules).`,
  );

  for (const r of results) {
    if (r.error) console.log(`\n${r.name}: ERROR ${r.error}`);
    if (r.network.length) console.log(`\n${r.name}: NETWORK AT INIT (blocked): ${r.network.join('; ')}`);
    if (r.handlerType !== undefined && r.handlerType !== 'function') {
      console.log(`\n${r.name}: FAIL export \`handler\` is ${r.handlerType}, not a function`);
    }
  }
  for (const row of rows) {
    const r = results.find((x) => x.name === row.name)!;
    if (row.bundle && (r.size === 'FAIL' || r.init === 'FAIL')) await explain(row.bundle);
  }

  const ok = results.every((r) => r.size === 'PASS' && r.init === 'PASS' && !r.error && !r.network.length);
  console.log(`\nOverall: ${ok ? 'PASS' : 'FAIL (see above)'}`);

  const json = join(OUT_DIR, 'cold-start.json');
  await writeFile(
    json,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        esbuild: esbuildVersion,
        platform: `${process.platform}/${process.arch}`,
        loadAverage: loadavg(),
        runs: RUNS,
        targets: {
          maxKB: MAX_KB,
          maxInitRatioVsBaseline: MAX_INIT_RATIO,
          maxInitRatioVsSdkFloor: MAX_FLOOR_RATIO,
        },
        pass: ok,
        powertoolsLayer: layer,
        bundles: results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results: ${relative(ROOT, json)}`);
}

/** The layer as CDK builds it (infra/lib/constructs/powertools-layer.ts): what it holds and its unzipped size. */
function powertoolsLayer() {
  const dir = powertoolsLayerDirectory();
  const files = filesUnder(dir);
  // Everything the layer ships (Powertools and any other package added to it), as it lists itself.
  const listed = JSON.parse(readFileSync(join(dir, 'nodejs', 'layer-packages.json'), 'utf8')) as Record<
    string,
    { version: string }
  >;
  return {
    packages: Object.entries(listed).map(([name, { version }]) => `${name}@${version}`),
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  };
}

function summarise(
  row: Row,
  baseMedian: number | undefined,
  floorMedian: number | undefined,
  layerBytes: number,
) {
  // Every function but the two references carries the Powertools layer.
  const withLayer = row.name === BASELINE || row.name === SDK_FLOOR ? 0 : layerBytes;
  const times = row.samples.map((s) => s.ms);
  const initMedian = times.length ? median(times) : undefined;
  const ratio = initMedian !== undefined && baseMedian ? initMedian / baseMedian : undefined;
  const floorRatio = initMedian !== undefined && floorMedian ? initMedian / floorMedian : undefined;
  const handlerTypes = [...new Set(row.samples.map((s) => s.handlerType))];
  return {
    name: row.name,
    entry: row.entry,
    bytes: row.bundle?.bytes,
    gzipBytes: row.bundle?.gzipBytes,
    bundlePlusLayerBytes: row.bundle ? row.bundle.bytes + withLayer : undefined,
    initMedianMs: initMedian,
    initP90Ms: times.length ? p90(times) : undefined,
    ratioVsBaseline: ratio,
    ratioVsSdkFloor: floorRatio,
    samplesMs: times,
    handlerType: handlerTypes.length ? handlerTypes.join('|') : undefined,
    network: [...new Set(row.samples.flatMap((s) => s.network))],
    size: row.bundle ? (kb(row.bundle.bytes) <= MAX_KB ? 'PASS' : 'FAIL') : 'n/a',
    init: ratio === undefined ? 'n/a' : ratio <= MAX_INIT_RATIO ? 'PASS' : 'FAIL',
    initVsFloor: floorRatio === undefined ? 'n/a' : floorRatio <= MAX_FLOOR_RATIO ? 'PASS' : 'FAIL',
    error: row.error,
  };
}

function printTable(results: ReturnType<typeof summarise>[]): void {
  const num = (x: number | undefined, digits = 1) => (x === undefined ? '—' : x.toFixed(digits));
  const table = [
    [
      'bundle',
      'size KB',
      '+ layer KB',
      'gzip KB',
      'init med ms',
      'p90 ms',
      '× base',
      `× ${SDK_FLOOR}`,
      `size ≤${MAX_KB}KB`,
      `init ≤${MAX_INIT_RATIO}×`,
      `init ≤${MAX_FLOOR_RATIO}× floor`,
    ],
    ...results.map((r) => [
      r.name,
      num(r.bytes === undefined ? undefined : kb(r.bytes)),
      num(r.bundlePlusLayerBytes === undefined ? undefined : kb(r.bundlePlusLayerBytes)),
      num(r.gzipBytes === undefined ? undefined : kb(r.gzipBytes)),
      num(r.initMedianMs),
      num(r.initP90Ms),
      num(r.ratioVsBaseline, 2),
      num(r.ratioVsSdkFloor, 2),
      r.size,
      r.init,
      r.initVsFloor,
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
  // Names left-aligned, figures right-aligned.
  const format = (line: string[]) =>
    line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(format(table[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of table.slice(1)) console.log(format(line));
}

/** What dominates a bundle over budget: package totals here, esbuild's per-file analysis on disk. */
async function explain(b: Bundle): Promise<void> {
  const analysis = join(OUT_DIR, `${b.name}.analysis.txt`);
  await writeFile(analysis, await analyzeMetafile(b.metafile, { verbose: false }));
  console.log(
    `\n${b.name}: largest contributors to ${kb(b.bytes).toFixed(1)} KB (per file: ${relative(ROOT, analysis)})`,
  );
  for (const { source, bytes } of contributors(b.metafile).slice(0, 8)) {
    console.log(
      `  ${kb(bytes).toFixed(1).padStart(7)} KB  ${((bytes / b.bytes) * 100).toFixed(0).padStart(3)}%  ${source}`,
    );
  }
  // Not in the size, but in the init time: the runtime's SDK is loaded, unbundled, on import.
  const externals = Object.values(b.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external));
  const loaded = [...new Set(externals.map((i) => i.path).filter((p) => !isBuiltin(p)))];
  if (loaded.length) console.log(`  + external, loaded at init: ${loaded.join(', ')}`);
}

await main();
