import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { assertJava } from './java-check.ts';

/** How long DynamoDB Local may take to accept a connection before the start counts as hung. */
const START_TIMEOUT_MS = 180_000;

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The engine's process, for benchmarks that read its CPU time. */
  pid: number;
  stop(): Promise<void>;
}

/** The official engine as shipped inside the npm package `amplify-dynamodb-simulator`. */
function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

export async function freePort(): Promise<number> {
  return new Promise((accept, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? accept(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

const running = new Set<ChildProcess>();
// A Java child must not outlive us, whatever way the process ends.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts DynamoDB Local and resolves once it accepts requests. With `dataDir` the tables persist
 * there (one shared database file); without it everything lives in memory.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number } = {},
): Promise<DynamoDbLocal> {
  assertJava();
  const port = options.port || (await freePort());
  const args = [
    // The JIT's optimising tier (C2) spends more CPU compiling than it saves in a store that lives for one
    // test run or one laptop session; the serial collector needs no threads of its own. Measured on 6
    // integration files (149 tests) on 2 cores: CPU 62 -> 39 s, wall 49-55 -> 32-35 s.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-Djava.library.path=./DynamoDBLocal_lib',
    '-jar',
    'DynamoDBLocal.jar',
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
  ];
  if (options.dataDir) {
    const dbPath = resolve(options.dataDir);
    mkdirSync(dbPath, { recursive: true });
    args.push('-dbPath', dbPath);
  } else {
    args.push('-inMemory');
  }
  const child = spawn(process.env.JAVA_BIN ?? 'java', args, {
    cwd: emulatorDir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', () => running.delete(child));

  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  // The banner is printed before the socket is bound: wait until a connection is accepted. The JVM
  // takes 2 s on an idle machine and much longer on a busy one: the bound only catches a hung start.
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`DynamoDB Local did not start in ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
