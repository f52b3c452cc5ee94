import { buildWeb } from '../../../web/build.ts';
import { readConfig } from './config.ts';
import { assertJava, JavaMissingError } from './java-check.ts';
import { startLocalStack } from './local-stack.ts';
import { removeStackFile, writeStackFile } from './stack-file.ts';

/** `npm start`: the whole marketplace on this machine, with demo data on first start. */
async function main() {
  const config = readConfig();
  assertJava();
  const log = (message: string) => console.log(`[openlicense] ${message}`);
  await buildWeb({ minify: true });
  const stack = await startLocalStack({
    port: config.port,
    memory: config.dataDir === undefined,
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    tablePrefix: config.tablePrefix,
    seed: true,
    workers: true,
    scheduleIntervalMs: config.scheduleIntervalMs,
    streamPollMs: config.streamPollMs,
    log,
  });
  if (config.dataDir)
    writeStackFile(config.dataDir, {
      endpoint: stack.endpoint,
      tableName: stack.tableName,
      pid: process.pid,
    });
  const base = stack.url.replace('127.0.0.1', 'localhost');
  log(`市场已启动 / marketplace running: ${base}`);
  log(`API: ${base}/api  ·  OpenAPI: ${base}/api/openapi.json  ·  docs: ${base}/api/docs`);
  log(config.dataDir ? `data: ${config.dataDir}` : 'data: in memory (--memory)');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    if (config.dataDir) removeStackFile(config.dataDir);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(1);
});
