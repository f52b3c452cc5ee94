import { describe, expect, it } from 'vitest';
import type { Requester, RequestOptions } from './client.ts';
import { quotasApi } from './quotas.ts';

/** A requester that records each call and answers with `answer`. */
function recorder(answer: unknown) {
  const calls: { path: string; init: RequestOptions | undefined }[] = [];
  const request = (async (path: string, init?: RequestOptions) => {
    calls.push({ path, init });
    return answer;
  }) as Requester;
  return { request, calls };
}

describe('quotas client', () => {
  it('names the organisation, target and year in the query, leaving out what is not given', async () => {
    const { request, calls } = recorder({});
    const api = quotasApi(request);
    await api.get(2026);
    await api.get(2026, 'ORG1');
    await api.evidence(2026, { orgId: 'ORG1', target: 'intake_fen' });
    await api.verify();
    await api.report(2026, 'all');
    await api.overview(2026, { status: 'at_risk' });
    expect(calls.map((call) => call.path)).toEqual([
      '/api/quotas?year=2026',
      '/api/quotas?year=2026&orgId=ORG1',
      '/api/evidence?year=2026&orgId=ORG1&target=intake_fen',
      '/api/evidence/verify',
      '/api/reports/evaluation.xlsx?year=2026&orgId=all',
      '/api/quotas/overview?year=2026&status=at_risk',
    ]);
    expect(calls[4]?.init?.blob).toBe(true);
  });
});
