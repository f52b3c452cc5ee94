import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerCloudFormation, type DeployRunRequest, withDeployRun } from './deploy-run.ts';
import type { ScheduleEvent } from './scheduled-handler.ts';

/** What reached the stand-in for CloudFormation's pre-signed S3 URL. */
interface Received {
  method: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
};

/**
 * The deploy's snapshot runs (issue 15 §2): CloudFormation invokes the scheduler and the matcher with a
 * custom resource request; they answer its pre-signed URL at once and run the named jobs.
 */
describe('snapshot runs as part of a deploy', () => {
  const received: Received[] = [];
  let status = 200;
  const server = createServer(async (req, res) => {
    received.push({
      method: req.method,
      contentType: req.headers['content-type'],
      body: JSON.parse(await readBody(req)),
    });
    res.writeHead(status).end(status === 200 ? '' : '<Error>SignatureDoesNotMatch</Error>');
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/presigned?X-Amz-Signature=abc`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = (overrides: Partial<DeployRunRequest> = {}): DeployRunRequest => ({
    RequestType: 'Create',
    ResponseURL: url,
    StackId: 'arn:aws:cloudformation:cn-north-1:123456789012:stack/OpenLicenseApi/1',
    RequestId: 'req-1',
    LogicalResourceId: 'FirstSnapshotRunsScheduler',
    ResourceProperties: { Jobs: ['catalogue-snapshot'] },
    ...overrides,
  });

  it('answers CloudFormation SUCCESS first, then runs only the named jobs', async () => {
    // Prepare
    received.length = 0;
    status = 200;
    const runs: ScheduleEvent[] = [];
    const handler = withDeployRun(async (event: ScheduleEvent) => {
      runs.push(event);
      expect(received).toHaveLength(1);
      return { 'catalogue-snapshot': 'snapshot of 3 listings' };
    });
    // Act
    const result = await handler(request());
    // Assess
    expect(runs).toEqual([{ jobs: ['catalogue-snapshot'] }]);
    expect(result).toEqual({ 'catalogue-snapshot': 'snapshot of 3 listings' });
    expect(received).toEqual([
      {
        method: 'PUT',
        contentType: '',
        body: {
          Status: 'SUCCESS',
          PhysicalResourceId: 'FirstSnapshotRunsScheduler-runs',
          StackId: 'arn:aws:cloudformation:cn-north-1:123456789012:stack/OpenLicenseApi/1',
          RequestId: 'req-1',
          LogicalResourceId: 'FirstSnapshotRunsScheduler',
          Data: { Jobs: 'catalogue-snapshot' },
        },
      },
    ]);
  });

  it('runs nothing when the stack deletes the resource, keeping its physical id', async () => {
    // Prepare
    received.length = 0;
    const runs: ScheduleEvent[] = [];
    const handler = withDeployRun(async (event: ScheduleEvent) => {
      runs.push(event);
      return {};
    });
    // Act
    await handler(request({ RequestType: 'Delete', PhysicalResourceId: 'kept-id' }));
    // Assess
    expect(runs).toEqual([]);
    expect(received[0]?.body).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'kept-id' });
  });

  it('passes a scheduled event (the nightly rule’s) through unchanged', async () => {
    // Prepare
    received.length = 0;
    const runs: ScheduleEvent[] = [];
    const handler = withDeployRun(async (event: ScheduleEvent) => {
      runs.push(event);
      return {};
    });
    const nightly = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} } as ScheduleEvent;
    // Act
    await handler(nightly);
    // Assess
    expect(runs).toEqual([nightly]);
    expect(received).toEqual([]);
  });

  it('fails the invocation (so it is retried) when the answer is refused, before running anything', async () => {
    // Prepare
    status = 403;
    let ran = false;
    const handler = withDeployRun(async () => {
      ran = true;
      return {};
    });
    // Act
    const run = handler(request());
    // Assess
    await expect(run).rejects.toThrow(/403 <Error>SignatureDoesNotMatch/);
    expect(ran).toBe(false);
    status = 200;
  });

  it('answers with the exact body length and no content type, as a pre-signed PUT needs', async () => {
    // Prepare
    received.length = 0;
    // Act
    await answerCloudFormation(url, {
      Status: 'SUCCESS',
      PhysicalResourceId: 'p',
      StackId: 's',
      RequestId: 'r',
      LogicalResourceId: '目录快照',
    });
    // Assess
    expect(received[0]?.contentType).toBe('');
    expect(received[0]?.body.LogicalResourceId).toBe('目录快照');
  });
});
