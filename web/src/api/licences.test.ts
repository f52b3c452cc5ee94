import { describe, expect, it } from 'vitest';
import type { Requester, RequestOptions } from './client.ts';
import { licencesApi } from './licences.ts';

/** A requester that records each call and answers with `answer`. */
function recorder(answer: unknown) {
  const calls: { path: string; init: RequestOptions | undefined }[] = [];
  const request = (async (path: string, init?: RequestOptions) => {
    calls.push({ path, init });
    return answer;
  }) as Requester;
  return { request, calls };
}

describe('licences client', () => {
  it('posts the notice to the listing or bundle with an idempotency key', async () => {
    const { request, calls } = recorder({ id: 'L1' });
    const api = licencesApi(request);
    await api.take('listing', 'D1', {
      startDate: '2026-12-01',
      contact: { name: '王', phone: '0731-1', email: 'a@b.cn' },
      acceptsTerms: true,
    });
    await api.take('bundle', 'B1', {
      startDate: '2026-12-01',
      contact: { name: '王', phone: '0731-1', email: 'a@b.cn' },
      acceptsTerms: true,
    });
    expect(calls.map((call) => call.path)).toEqual(['/api/listings/D1/licenses', '/api/bundles/B1/licenses']);
    expect(calls[0]?.init?.idempotencyKey).toEqual(expect.any(String));
    expect(calls[0]?.init?.method).toBe('POST');
  });

  it('reads the licence out of a report’s answer', async () => {
    const { request } = recorder({ licence: { id: 'L1' }, report: { id: 'R1' } });
    expect(await licencesApi(request).report('L1', { periodStart: 'a', periodEnd: 'b' })).toEqual({
      id: 'L1',
    });
  });

  it('lists by side and pages', async () => {
    const { request, calls } = recorder({ items: [], nextCursor: 'C2' });
    expect(await licencesApi(request).list('broker', 'C1')).toEqual({ items: [], nextCursor: 'C2' });
    expect(calls[0]?.path).toBe('/api/licenses?as=broker&cursor=C1');
  });
});
