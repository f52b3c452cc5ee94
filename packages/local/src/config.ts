import { resolve } from 'node:path';

export interface LocalConfig {
  port: number;
  /** Where DynamoDB Local keeps its files; undefined = in memory (`--memory`). */
  dataDir?: string;
  tablePrefix: string;
  /** How often the scheduled jobs run locally (AWS: nightly). */
  scheduleIntervalMs: number;
  streamPollMs: number;
}

/** Reads `PORT`, `DATA_DIR`, `TABLE_PREFIX`, `SCHEDULE_INTERVAL_MS`, `STREAM_POLL_MS` and `--memory`. */
export function readConfig(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): LocalConfig {
  const memory = argv.includes('--memory') || env.MEMORY === '1';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    ...(memory ? {} : { dataDir: resolve(env.DATA_DIR ?? '.data') }),
    tablePrefix: env.TABLE_PREFIX ?? 'openlicense-local-',
    scheduleIntervalMs: Number(env.SCHEDULE_INTERVAL_MS ?? 60 * 60 * 1000),
    streamPollMs: Number(env.STREAM_POLL_MS ?? 500),
  };
}
