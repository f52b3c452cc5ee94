import { describe, expect, it } from 'vitest';
import type { Requester, RequestOptions } from './client.ts';
import { dealsApi } from './deals.ts';

/** A requester that records each call and answers with `answer`. */
function recorder(answer: unknown) {
  const calls: { path: string; init: RequestOptions | undefined }[] = [];
  const request = (async (path: string, init?: RequestOptions) => {
    calls.push({ path, init });
    return answer;
  }) as Requester;
  return { request, calls };
}

describe('deals client', () => {
  it('keeps the open push leads of the first page', async () => {
    const { request, calls } = recorder({ items: [], leads: [{ id: 'LEAD1' }] });
    const page = await dealsApi(request).list('signed');
    expect(page.leads).toEqual([{ id: 'LEAD1' }]);
    expect(calls[0]?.path).toBe('/api/deals?stage=signed');
  });
});
