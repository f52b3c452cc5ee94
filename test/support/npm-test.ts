import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm test`: the typecheck, lint and web build while the demo is seeded once beside them, then vitest as
 * soon as the checks pass, told that the web app is built and where the seeded demo will be (the browser
 * tests' global setup waits for it, or seeds the demo itself if this seed failed, see
 * test/support/demo-stack-global-setup.ts). Arguments go to vitest (`npm test -- test/e2e`).
 */
const children = new Set<ChildProcess>();

function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {},
): { done: Promise<number>; output: () => string; child: ChildProcess } {
  const child = spawn(command, args, {
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...options.env },
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const done = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      output += String(error);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return { done, output: () => output, child };
}

async function inOrder(steps: Array<[string, string[]]>): Promise<number> {
  for (const [command, args] of steps) {
    const code = await run(command, args).done;
    if (code !== 0) return code;
  }
  return 0;
}

const folder = mkdtempSync(join(tmpdir(), 'openlicense-npm-test-'));
const dumpFile = join(folder, 'demo.json');
process.once('exit', () => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const started = Date.now();
const seed = run(process.execPath, ['--import', 'tsx', 'test/support/prepare-demo-dump.ts', dumpFile], {
  quiet: true,
});
const checks = await inOrder([
  ['npm', ['run', 'typecheck']],
  ['npm', ['run', 'lint']],
  ['npm', ['run', 'build:web']],
]);
if (checks !== 0) process.exit(checks);
// The seed goes on beside the first tiers; the browser tests' setup waits for its file, or for the
// `.error` beside it, when it seeds the demo itself.
void seed.done.then(async (code) => {
  if (code === 0)
    console.log(
      `demo seeded beside the checks (${Math.round((Date.now() - started) / 1000)} s after the start)`,
    );
  else
    await writeFile(`${dumpFile}.error`, seed.output()).catch((error: unknown) =>
      console.warn(`could not say the seed failed; the browser tests wait for it, then seed: ${error}`),
    );
});
const code = await run('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  env: { OPENLICENSE_WEB_BUILT: '1', OPENLICENSE_DEMO_DUMP: dumpFile },
}).done;
process.exit(code);
