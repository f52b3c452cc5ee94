import { beforeAll, describe, expect, it } from 'vitest';
import { needInput } from '../support/need-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Api = ReturnType<typeof createTestApi>;
type Caller = Awaited<ReturnType<Api['member']>>;
interface Answer {
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  body: Record<string, unknown>;
}

const BURST = 30;

/**
 * Thirty clients retrying the same POST with one Idempotency-Key at once, as a flaky network or an
 * impatient double-click makes them: each gets the stored answer, 409 `idempotency_in_progress` while
 * another attempt runs, or — once an attempt was refused — a run of its own. Never a made-up error.
 */
// Thirty clients polling one key serialise behind each refused attempt: seconds alone, minutes on a busy machine.
describe('Idempotency-Key under concurrency', { timeout: 300_000 }, () => {
  let table: TestTable;
  let api: Api;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
  });

  async function answer(res: Response): Promise<Answer> {
    const body = (await res.json()) as Record<string, unknown>;
    const error = body.error as { code?: string } | undefined;
    return { status: res.status, code: error?.code, retryAfter: res.headers.get('retry-after'), body };
  }

  /** Sends `send` BURST times at once; returns the first answers and, polling, each client's last. */
  async function burst(send: () => Response | Promise<Response>) {
    const first = await Promise.all(Array.from({ length: BURST }, async () => answer(await send())));
    const settled = await Promise.all(
      first.map(async (got) => {
        let last = got;
        // A client that was told "still running" asks again until it gets a real outcome.
        for (let attempt = 0; last.code === 'idempotency_in_progress' && attempt < 400; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          last = await answer(await send());
        }
        return last;
      }),
    );
    return { first, settled };
  }

  const inProgress = (a: Answer) => a.status === 409 && a.code === 'idempotency_in_progress';

  async function draftOf(owner: Caller): Promise<string> {
    const res = await api.request('/api/needs', { method: 'POST', token: owner.token, json: needInput() });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it('gives every client the one stored answer, or "still running", when the first attempt succeeds; one need is added', async () => {
    // Prepare
    const owner = await api.member('enterprise', 'admin');
    const send = () =>
      api.request('/api/needs', {
        method: 'POST',
        token: owner.token,
        json: needInput(),
        headers: { 'idempotency-key': 'burst-create-0001' },
      });
    // Act
    const { first, settled } = await burst(send);
    // Assess
    for (const got of first) {
      expect(got.status === 201 || inProgress(got), JSON.stringify(got)).toBe(true);
      if (inProgress(got)) expect(got.retryAfter).toBe('1');
    }
    const ids = new Set(settled.map((got) => got.body.id));
    expect(settled.every((got) => got.status === 201)).toBe(true);
    expect(ids.size).toBe(1);
    const ledger = (await (await api.request('/api/needs', { token: owner.token })).json()) as {
      items: Array<{ id: string }>;
    };
    expect(ledger.items.map((need) => need.id)).toEqual([...ids]);
  });

  it('gives every client its own 403 when the first attempt is refused with 403, never a 400', async () => {
    // Prepare: a pending organisation may keep drafts but not publish them.
    const pending = await api.member('enterprise', 'admin', 'pending');
    const id = await draftOf(pending);
    const send = () =>
      api.request(`/api/needs/${id}/transitions`, {
        method: 'POST',
        token: pending.token,
        json: { action: 'open', version: 1 },
        headers: { 'idempotency-key': 'burst-open-403-0001' },
      });
    // Act
    const { first, settled } = await burst(send);
    // Assess
    for (const got of first) expect(got.status === 403 || inProgress(got), JSON.stringify(got)).toBe(true);
    expect(settled.map((got) => `${got.status} ${got.code}`)).toEqual(
      Array(BURST).fill('403 org_not_approved'),
    );
  });

  it('gives every client its own 409 when the first attempt is refused with 409, never a 400', async () => {
    // Prepare: a draft cannot be marked fulfilled.
    const owner = await api.member('enterprise', 'admin');
    const id = await draftOf(owner);
    const send = () =>
      api.request(`/api/needs/${id}/transitions`, {
        method: 'POST',
        token: owner.token,
        json: { action: 'fulfil', version: 1 },
        headers: { 'idempotency-key': 'burst-fulfil-409-0001' },
      });
    // Act
    const { first, settled } = await burst(send);
    // Assess
    for (const got of first)
      expect(
        (got.status === 409 && got.code === 'invalid_transition') || inProgress(got),
        JSON.stringify(got),
      ).toBe(true);
    expect(settled.map((got) => `${got.status} ${got.code}`)).toEqual(
      Array(BURST).fill('409 invalid_transition'),
    );
    const need = (await (await api.request(`/api/needs/${id}`, { token: owner.token })).json()) as {
      status: string;
      version: number;
    };
    expect(need).toMatchObject({ status: 'draft', version: 1 });
  });
});
