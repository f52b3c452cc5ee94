import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  rowXml,
  sheetXml,
  workbookParts,
  zipOf,
} from '../../packages/ledger-io/tests/helpers/hostile-xlsx.ts';
import type { LocalStack } from '../../packages/local/src/index.ts';
import { DEMO_ACCOUNTS_BY_TYPE } from '../../packages/local/src/seed/demo-data/users.ts';
import { waitForImportJob } from '../support/import-job.ts';
import { startDemoStack } from './demo-stack.ts';

const TEST_TIMEOUT = 180_000;
/**
 * The longest wait between two health answers, as a share of the whole upload and import: an import that
 * held the event loop for its parse or its writes would leave one gap about as long as that step. A share,
 * not milliseconds, so a busy machine (which stretches both) does not fail it; how fast health answers on an
 * idle machine is a benchmark's business (`npm run bench:ledger-import`).
 */
const MAX_GAP_SHARE = 0.25;

/** The largest read the limits allow, near enough: 20,000 rows of 40 filled columns, ~40 MB of XML. */
function largestAllowedWorkbook(): Uint8Array {
  const cells = Array.from({ length: 40 }, (_, n) => `值${n}-xxxxxxxx`);
  const rows = [rowXml(1, cells)];
  for (let row = 2; row <= 20_001; row++) rows.push(rowXml(row, cells));
  return zipOf(workbookParts(sheetXml(rows.join(''))));
}

/** A million near-empty rows, a few kilobytes zipped. */
function rowBomb(): Uint8Array {
  return zipOf(workbookParts(sheetXml(rowXml(1, ['专利号']) + '<row><c/></row>'.repeat(1_000_000))));
}

describe('the local stack during uploads', () => {
  let stack: LocalStack;
  let token: string;
  beforeAll(async () => {
    stack = await startDemoStack();
    const { email, password } = DEMO_ACCOUNTS_BY_TYPE.university;
    const signIn = await fetch(`${stack.url}/api/auth/local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    token = ((await signIn.json()) as { token: string }).token;
  }, TEST_TIMEOUT);
  afterAll(() => stack?.stop());

  const upload = (bytes: Uint8Array) => {
    const form = new FormData();
    form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], '专利台账.xlsx'));
    return fetch(`${stack.url}/api/patents/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
  };

  it(
    'keeps /api/health answering throughout the upload and processing of the largest allowed import, and refuses a row bomb',
    async () => {
      // Prepare
      const files = [largestAllowedWorkbook(), rowBomb()] as const;
      const answeredAt: number[] = [];
      const request = (path: string, init?: RequestInit & { token?: string }) =>
        fetch(`${stack.url}${path}`, {
          ...init,
          headers: init?.token ? { Authorization: `Bearer ${init.token}` } : {},
        });

      // Act: poll health for as long as the uploads are in flight and the accepted import's job runs
      const began = performance.now();
      let working = true;
      const work = (async () => {
        const [largest, bomb] = await Promise.all([upload(files[0]), upload(files[1])]);
        const accepted =
          largest.status === 202 ? ((await largest.clone().json()) as { location: string }) : undefined;
        const job = accepted ? await waitForImportJob(request, accepted.location, token) : undefined;
        return { largest, bomb, job };
      })().finally(() => {
        working = false;
      });
      while (working) {
        const health = await fetch(`${stack.url}/api/health`);
        answeredAt.push(performance.now());
        expect(health.status).toBe(200);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const { largest, bomb, job } = await work;
      const ended = performance.now();
      const marks = [began, ...answeredAt, ended];
      const longestGap = Math.max(...marks.slice(1).map((at, i) => at - marks[i]!));

      // Assess
      expect(largest.status).toBe(202);
      expect(job?.status).toBe('done');
      expect(bomb.status).toBe(413);
      expect((await bomb.json()).error.details[0]).toMatchObject({ limit: 'rows' });
      expect(answeredAt.length).toBeGreaterThan(5);
      expect(longestGap / (ended - began)).toBeLessThan(MAX_GAP_SHARE);
    },
    TEST_TIMEOUT,
  );
});
