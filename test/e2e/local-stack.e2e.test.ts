import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../packages/local/src/dynamodb-local.ts';
import { demoPrepared } from './demo-stack.ts';

/** `npm start` as a newcomer runs it: a real process, real signals, a real Java child. */
function start(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/main.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  return { child, output: () => output };
}

/** Two full starts (the first seeds the demo) take 2 min on an idle 2-core machine and far longer on a busy one. */
const START_MS = 420_000;

async function waitFor(predicate: () => Promise<boolean> | boolean, timeoutMs = START_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('timed out');
}

const healthy = (port: number) => async () =>
  fetch(`http://127.0.0.1:${port}/api/health`).then(
    (r) => r.ok,
    () => false,
  );

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) =>
    child.exitCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code)),
  );

/** Java processes of DynamoDB Local listening on `port` (the port is on its command line). */
const javaOn = (port: number) => {
  try {
    return execFileSync('pgrep', ['-f', `DynamoDBLocal.jar -port ${port} `])
      .toString()
      .trim();
  } catch {
    return '';
  }
};

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'openlicense-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'serves the API, docs and web app, keeps data in DATA_DIR, and leaves no Java behind on SIGINT',
    async () => {
      // Prepare: the web app it serves is built by the run's global setup
      await demoPrepared();
      const port = await freePort();
      const first = start({ PORT: String(port), DATA_DIR: dataDir });
      await waitFor(healthy(port));
      const dbPort = Number(
        /"endpoint":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(
          execFileSync('cat', [join(dataDir, 'stack.json')]).toString(),
        )?.[1],
      );
      // Act
      const web = await fetch(`http://127.0.0.1:${port}/`);
      const docs = await fetch(`http://127.0.0.1:${port}/api/docs`);
      const swagger = await fetch(`http://127.0.0.1:${port}/vendor/swagger-ui/swagger-ui-bundle.js`);
      const missingAsset = await fetch(`http://127.0.0.1:${port}/no-such-file.js`);
      const register = await fetch(`http://127.0.0.1:${port}/api/auth/local/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'persist@test.openlicense.cn', password: 'Passw0rd1', name: '持久' }),
      });
      expect(javaOn(dbPort)).not.toBe('');
      first.child.kill('SIGINT');
      // Assess
      expect(await exited(first.child)).toBe(0);
      expect(javaOn(dbPort)).toBe('');
      expect(web.status).toBe(200);
      expect(await web.text()).toContain('<html lang="zh-CN"');
      expect(await docs.text()).toContain('/api/openapi.json');
      expect(swagger.status).toBe(200);
      expect(swagger.headers.get('content-type')).toContain('javascript');
      expect(missingAsset.status).toBe(404);
      expect(register.status).toBe(201);
      expect(first.output()).toMatch(/seeded \d+ organisations/);

      // A second start finds the data (and the demo seed) where it left them.
      const again = start({ PORT: String(port), DATA_DIR: dataDir });
      await waitFor(healthy(port));
      const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'persist@test.openlicense.cn', password: 'Passw0rd1' }),
      });
      again.child.kill('SIGTERM');
      expect(await exited(again.child)).toBe(0);
      expect(signIn.status).toBe(200);
      expect(again.output()).toContain('demo data already present');
    },
    2 * START_MS,
  );

  it('stops at once with the install line when Java is missing', async () => {
    const started = Date.now();
    const run = start({ PORT: String(await freePort()), JAVA_BIN: '/nonexistent/java' }, ['--memory']);
    expect(await exited(run.child)).toBe(1);
    expect(run.output()).toContain('apt-get install -y openjdk-17-jre-headless');
    // A hang would last until the engine start gives up (180 s); a refusal comes as soon as Node has loaded.
    expect(Date.now() - started).toBeLessThan(90_000);
  });
});
