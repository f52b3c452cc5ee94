import type { ImportJobView } from '@openlicense/contract/import-jobs';
import { expect } from 'vitest';

type Request = (path: string, init?: RequestInit & { token?: string }) => Response | Promise<Response>;

/** How long an import job may take on a busy machine: a ceiling, not a measure of speed. */
const JOB_CEILING_MS = 240_000;

/**
 * Polls `GET location` (as the import panel does, backing off from 20 ms to 500 ms) until the job is done
 * or failed, and returns its last view.
 */
export async function waitForImportJob(
  request: Request,
  location: string,
  token: string,
): Promise<ImportJobView> {
  const deadline = Date.now() + JOB_CEILING_MS;
  let wait = 20;
  for (;;) {
    const res = await request(location, { token });
    expect(res.status, location).toBe(200);
    const job = (await res.json()) as ImportJobView;
    if (job.status === 'done' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`import job still ${job.status} after ${JOB_CEILING_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(wait * 2, 500);
  }
}

/**
 * Uploads as `request(path, init)` does and, when the upload is accepted (202, an import job), waits for the
 * job and answers its report as the response body (200), so a test reads an import's outcome as it did
 * when imports answered synchronously. A refusal (4xx) comes back as it is; any other success fails the
 * test: an import must be queued, never run within the request.
 */
export async function importAndWait(
  request: Request,
  path: string,
  init: RequestInit & { token: string },
): Promise<Response> {
  const res = await request(path, init);
  if (res.status >= 400) return res;
  expect(res.status, `${path} answers 202 with a job`).toBe(202);
  const accepted = (await res.json()) as { jobId: string; location: string };
  expect(res.headers.get('location') ?? accepted.location).toBe(`/api/imports/${accepted.jobId}`);
  const job = await waitForImportJob(request, accepted.location, init.token);
  expect(job.status, JSON.stringify(job.failure)).toBe('done');
  return new Response(JSON.stringify(job.result), {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'x-import-job': accepted.jobId,
      ...(res.headers.get('idempotent-replayed') ? { 'idempotent-replayed': 'true' } : {}),
    },
  });
}
