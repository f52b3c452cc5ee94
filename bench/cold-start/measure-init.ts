import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./init-child.mjs', import.meta.url));
const MARKER = 'COLD_START_RESULT ';

/**
 * What the functions read at init, with dummy values so they don't throw. Nothing else from this shell
 * is passed on (no AWS_PROFILE, no NODE_OPTIONS, no tsx loader): the child should see what Lambda sees.
 */
export const INIT_ENV = {
  TABLE_NAME: 'bench-table',
  USER_POOL_ID: 'cn-north-1_benchPool',
  USER_POOL_CLIENT_ID: 'benchclient',
  CURSOR_SECRET: 'bench-cursor-secret-0123456789',
  ORIGIN_VERIFY_SECRET: 'bench-origin-secret-0123456789',
  SNAPSHOT_BUCKET: 'bench-snapshots',
  AWS_REGION: 'cn-north-1',
  AWS_ACCESS_KEY_ID: 'x',
  AWS_SECRET_ACCESS_KEY: 'x',
};

export interface InitSample {
  ms: number;
  handlerType: string;
  /** Connections or fetches attempted during init; should be empty. */
  network: string[];
}

/**
 * Imports `bundlePath` once in a new Node process and returns what the child measured. Timing
 * inside the child leaves Node's own start-up out: Lambda pays that for the bare bundle too.
 */
export function measureInit(bundlePath: string): InitSample {
  const child = spawnSync(process.execPath, [CHILD, bundlePath], {
    env: { PATH: process.env.PATH, ...INIT_ENV },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const line = child.stdout?.split('\n').find((l) => l.startsWith(MARKER));
  if (child.status !== 0 || line === undefined) {
    const why = child.error?.message ?? child.stderr.trim().split('\n').slice(0, 5).join('\n');
    throw new Error(`init of ${bundlePath} failed (exit ${child.status}): ${why}`);
  }
  return JSON.parse(line.slice(MARKER.length)) as InitSample;
}
