import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../packages/local/src/dynamodb-local.ts';
import type { LocalStack } from '../../packages/local/src/index.ts';
import { startDemoStack } from './demo-stack.ts';

/** `npm run smoke` as an operator runs it after a deploy, here against the local stack holding the demo. */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startDemoStack();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
}, 60_000);

const smoke = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'smoke', '--', ...args],
      { timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });

const DEMO = ['--email', 'admin@csu.demo.openlicense.cn', '--password', 'Demo@2026'];
const STEPS = ['health', 'catalogue', 'catalogue search', 'docs', 'sign-in', 'quotas'];

describe('npm run smoke', () => {
  it('passes against the local stack with a demo account, printing every step with ✓ and its time', async () => {
    // Act
    const { code, stdout, stderr } = await smoke(['--url', stack.url, ...DEMO]);

    // Assess
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    for (const step of STEPS) expect(stdout).toMatch(new RegExp(`✓ ${step} +\\d+ ms `));
    expect(stdout).toMatch(/✓ catalogue +\d+ ms +[1-9]\d* published listings and pools/);
    expect(stdout).toMatch(/✓ docs +\d+ ms +OpenAPI 3\.1\.\d+, \d+ paths/);
    expect(stdout).toContain('✓ sign-in');
    expect(stdout).toMatch(/✓ quotas +\d+ ms +中南大学 \d{4}: \d+ targets/);
    expect(stdout).toContain('smoke passed: 6 of 6 steps');
  });

  it('fails when pointed at a wrong URL, naming the steps that failed and exiting 1', async () => {
    // Prepare: a port nothing listens on
    const port = await freePort();

    // Act
    const { code, stdout } = await smoke(['--url', `http://127.0.0.1:${port}`, ...DEMO]);

    // Assess
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ health +\d+ ms +GET \/api\/health: no answer/);
    expect(stdout).toContain('✗ quotas');
    expect(stdout).toContain('skipped: sign-in failed');
    expect(stdout).toContain('smoke FAILED: health, catalogue, catalogue search, docs, sign-in, quotas');
  });

  it('fails the sign-in step with a wrong password, and skips the quota read that needs it', async () => {
    // Act
    const { code, stdout } = await smoke([
      '--url',
      stack.url,
      '--email',
      'admin@csu.demo.openlicense.cn',
      '--password',
      'Wrong@2026',
    ]);

    // Assess
    expect(code).toBe(1);
    expect(stdout).toMatch(/✓ health/);
    expect(stdout).toMatch(/✗ sign-in +\d+ ms +\/api\/auth\/local\/token: HTTP 401, expected 200/);
    expect(stdout).toContain('smoke FAILED: sign-in, quotas (4 of 6 steps passed');
  });
});
