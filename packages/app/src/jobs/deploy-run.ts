import type { ScheduleEvent } from './scheduled-handler.ts';

/**
 * What CloudFormation sends a Lambda-backed custom resource: the stack's `FirstSnapshotRuns` resource names
 * the scheduler (or the matcher) as its service token and the jobs to run in `Jobs`.
 */
export interface DeployRunRequest {
  RequestType: 'Create' | 'Update' | 'Delete';
  ResponseURL: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
  ResourceProperties: { Jobs?: string[] | string; [property: string]: unknown };
}

/** The answer CloudFormation waits for at `ResponseURL`. */
export interface DeployRunResponse {
  Status: 'SUCCESS' | 'FAILED';
  Reason?: string;
  PhysicalResourceId: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  Data?: Record<string, string>;
}

export const isDeployRunRequest = (event: unknown): event is DeployRunRequest =>
  typeof event === 'object' &&
  event !== null &&
  typeof (event as { ResponseURL?: unknown }).ResponseURL === 'string' &&
  typeof (event as { RequestType?: unknown }).RequestType === 'string';

/**
 * PUTs the answer to the pre-signed S3 URL CloudFormation gave (no content type: the URL was signed
 * without one). A refused PUT throws, so the asynchronous invocation is retried.
 */
export async function answerCloudFormation(url: string, response: DeployRunResponse): Promise<void> {
  const body = JSON.stringify(response);
  const res = await fetch(url, {
    method: 'PUT',
    body,
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
  });
  if (!res.ok) throw new Error(`CloudFormation response refused: ${res.status} ${await res.text()}`);
}

/**
 * Lets a scheduled function run its jobs once as part of a deploy (issue 15 §2: the catalogue and matching
 * snapshots exist before the first visitor, so no cold start reads every listing). A custom resource request
 * is answered SUCCESS at once — CloudFormation does not wait minutes for a snapshot, and a failed run must not
 * roll a deploy back: it is retried, then parked with the failed scheduled runs, and the API serves its
 * `warming` catalogue meanwhile — then the jobs named in `Jobs` run as a scheduled run of just those would.
 * Delete runs nothing. Any other event goes to `onSchedule` unchanged.
 */
export function withDeployRun<E extends ScheduleEvent, R>(
  onSchedule: (event: E) => Promise<R>,
  answer: typeof answerCloudFormation = answerCloudFormation,
) {
  return async (event: E | DeployRunRequest): Promise<R | Record<string, string>> => {
    if (!isDeployRunRequest(event)) return onSchedule(event);
    const jobs = [event.ResourceProperties.Jobs ?? []].flat().filter((job) => typeof job === 'string');
    await answer(event.ResponseURL, {
      Status: 'SUCCESS',
      PhysicalResourceId: event.PhysicalResourceId ?? `${event.LogicalResourceId}-runs`,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
      Data: { Jobs: jobs.join(',') },
    });
    if (event.RequestType === 'Delete' || jobs.length === 0) return {};
    return onSchedule({ jobs } as E);
  };
}
