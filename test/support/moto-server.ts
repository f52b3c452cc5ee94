import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * moto's server (`moto_server`, moto 5.2 with Flask): an emulator of S3, SES, Cognito and the rest of AWS on
 * one local port, for the AWS emulator tier (test/integration/aws-emulator/), started on a free port and
 * stopped after: once per worker ({@link workerMotoServer}), or per caller ({@link startMotoServer}).
 */
export interface MotoServer {
  /** `http://127.0.0.1:<port>`: every service's endpoint. */
  endpoint: string;
  /** The region the clients use (moto keeps one set of resources per region). */
  region: string;
  /** What an AWS SDK client needs to talk to this server rather than AWS (endpoint, region, credentials). */
  clientConfig: {
    endpoint: string;
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  stop(): Promise<void>;
}

export const MOTO_REGION = 'us-east-1';
/** How long moto may take to answer after its start (a busy machine; it takes ~2 s on a quiet one). */
const START_TIMEOUT_MS = 60_000;

/**
 * The command that starts moto's server here, or undefined with why not: `moto_server` on the PATH, else
 * `python3 -m moto.server` when that module (which needs Flask) imports.
 */
export function motoCommand(): { command: string; args: string[] } | { missing: string } {
  if (spawnSync('sh', ['-c', 'command -v moto_server'], { stdio: 'ignore' }).status === 0)
    return { command: 'moto_server', args: [] };
  if (spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0)
    return { command: 'python3', args: ['-m', 'moto.server'] };
  return {
    missing:
      "moto's server is not installed (neither moto_server nor python3 -m moto.server): " +
      "pip install 'moto[server]' (moto 5.2, with Flask) to run the AWS emulator tier",
  };
}

/** Why the emulator tier cannot run here (printed once per file), or undefined when it can. */
export function motoMissing(): string | undefined {
  const found = motoCommand();
  if ('missing' in found) {
    console.warn(`AWS emulator tier skipped: ${found.missing}`);
    return found.missing;
  }
  return undefined;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Attempts at a start: the free port found may be taken by another server before moto binds it. */
const START_ATTEMPTS = 3;

/**
 * Starts moto on a free port and resolves once it answers; throws (with its output) when it cannot. When the
 * port was taken meanwhile (moto exits: address in use), it starts again on another.
 */
export async function startMotoServer(options: { keepAlive?: boolean } = {}): Promise<MotoServer> {
  const found = motoCommand();
  if ('missing' in found) throw new Error(found.missing);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(found, await freePort(), options);
    } catch (error) {
      if (attempt >= START_ATTEMPTS || !String(error).includes('exited before answering')) throw error;
    }
  }
}

/**
 * Whether moto itself answers on `endpoint`: its state as JSON. A path answered by something else (a local
 * stack that took the port first serves its web app's HTML for any path) does not count.
 */
async function motoAnswers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return false;
    const data: unknown = await response.json();
    return typeof data === 'object' && data !== null;
  } catch {
    return false;
  }
}

async function startOnce(
  found: { command: string; args: string[] },
  port: number,
  options: { keepAlive?: boolean },
): Promise<MotoServer> {
  const endpoint = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it stops the pyenv shim's python too. A watchdog in the group stops it
  // when this process's end of its stdin closes, so a worker that dies leaves no emulator behind.
  const watched =
    'exec 3<&0; "$@" & server=$!; (cat <&3 >/dev/null; kill "$server" 2>/dev/null) & wait "$server"';
  const child = spawn(
    'sh',
    ['-c', watched, 'moto', found.command, ...found.args, '-H', '127.0.0.1', '-p', String(port)],
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  if (options.keepAlive === false) {
    // A worker's server must not keep the worker alive: it goes when the worker does (the watchdog above).
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr])
      (stream as { unref?: () => void } | null)?.unref?.();
  }
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (gone) throw new Error(`moto_server exited before answering on ${endpoint}:\n${output}`);
    // Still running after moto answered: another server on the port would have made it exit.
    if ((await motoAnswers(endpoint)) && !gone) break;
    if (Date.now() > deadline) {
      await stopProcess(child, exited);
      throw new Error(`moto_server did not answer on ${endpoint} within ${START_TIMEOUT_MS} ms:\n${output}`);
    }
    // Poll again as soon as the process has had a moment (or exits).
    await Promise.race([exited, new Promise((next) => setTimeout(next, 50))]);
  }

  return {
    endpoint,
    region: MOTO_REGION,
    clientConfig: {
      endpoint,
      region: MOTO_REGION,
      credentials: { accessKeyId: 'moto', secretAccessKey: 'moto' },
    },
    stop: () => stopProcess(child, exited),
  };
}

let forWorker: Promise<MotoServer> | undefined;

/**
 * This worker's moto server, started by the first test file that asks and shared by the rest (integration
 * files share one module graph per worker and run one at a time, so each uses names of its own: a bucket,
 * a user pool). It stops when the worker exits. Starting moto costs 2–5 s, so once per worker, not per file.
 */
export function workerMotoServer(): Promise<MotoServer> {
  forWorker ??= startMotoServer({ keepAlive: false }).then((server) => {
    process.once('exit', () => {
      void server.stop();
    });
    return server;
  });
  return forWorker;
}

/**
 * Empties every service of `server` (moto's own reset). Only for a file that reads moto's whole state: the
 * files sharing a worker's moto run one at a time and name their resources apart, so none needs another's.
 */
export async function resetMoto(server: MotoServer): Promise<void> {
  const response = await fetch(`${server.endpoint}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`resetting moto: HTTP ${response.status} ${await response.text()}`);
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  child.stdin?.destroy();
  await exited;
}
