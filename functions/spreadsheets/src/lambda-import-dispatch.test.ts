import { describe, expect, it } from 'vitest';
import { isImportJobEvent, lambdaImportDispatch } from './lambda-import-dispatch.ts';

describe('starting an import job in AWS', () => {
  it('invokes the running function asynchronously with the job, and tells a job event from an HTTP request', async () => {
    // Prepare
    const sent: { name: string; payload: unknown }[] = [];
    const dispatch = lambdaImportDispatch(() => 'openlicense-spreadsheets', {
      invokeAsync: async (name, payload) => {
        sent.push({ name, payload: JSON.parse(new TextDecoder().decode(payload)) });
      },
    });
    // Act
    await dispatch.start({ jobId: 'JOB1', orgId: 'ORG1' });
    // Assess
    expect(sent).toEqual([
      { name: 'openlicense-spreadsheets', payload: { importJob: { jobId: 'JOB1', orgId: 'ORG1' } } },
    ]);
    expect(isImportJobEvent(sent[0]!.payload)).toBe(true);
    expect(isImportJobEvent({ version: '2.0', rawPath: '/api/imports/JOB1' })).toBe(false);
    expect(isImportJobEvent({ importJob: { jobId: 1 } })).toBe(false);
    expect(isImportJobEvent(null)).toBe(false);
  });
});
