import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { chinaYear, MAX_ITEM_FEN } from '@openlicense/domain';
import { keys, quotaAdd, StoreConflictError } from '@openlicense/store';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { needInput } from '../support/need-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/**
 * Money that adds up (issue 11, item 3): every amount is at most ¥10,000,000,000 (1,000,000,000,000 fen),
 * one fen more is a 400 naming the field; the yearly counters read back exact — the quota and the evidence
 * total agree at the bound — and a write that would take a counter past 2^53 − 1 is refused instead of
 * making it read 0.
 */
let table: TestTable;
let api: ReturnType<typeof createTestApi>;
let office: Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

beforeAll(async () => {
  table = await createTestTable();
  api = createTestApi(table);
  office = await api.member('ip_office', 'admin');
});

const ctx = () => ({ doc: table.clients.doc, tableName: table.tableName });
const AT = '2025-05-10T04:00:00.000Z';

/** One licence or deal taken in at `amountFen`: the counters and the evidence in one transaction. */
async function intake(orgId: string, amountFen: number) {
  return table.store.evidence.write(
    [
      {
        orgId,
        kind: 'deal_signed',
        subjectId: ulid(),
        amountFen,
        actorId: 'test',
        summary: `交易签约 ${amountFen} 分`,
        at: AT,
      },
    ],
    () => [quotaAdd(ctx(), orgId, chinaYear(AT), { intakeCount: 1, intakeFen: amountFen })],
  );
}

interface Target {
  key: string;
  actual: number;
}

async function intakeActuals(token: string) {
  const res = await api.request('/api/quotas?year=2025', { token });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { targets: Target[] };
  return Object.fromEntries(body.targets.map((t) => [t.key, t.actual]));
}

async function evidenceTotal(orgId: string) {
  const res = await api.request(`/api/evidence?year=2025&orgId=${orgId}&target=intake_fen`, {
    token: office.token,
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { totals: { rows: number; amountFen: number } }).totals;
}

describe('amounts at the bound', () => {
  it('reads the exact total of several amounts at the bound, and the evidence total agrees', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    // Act: five deals of ¥10,000,000,000 each, then an ordinary one of ¥48,000.50
    for (let i = 0; i < 5; i++) expect((await intake(enterprise.org.id, MAX_ITEM_FEN)).ok).toBe(true);
    expect((await intake(enterprise.org.id, 4_800_050)).ok).toBe(true);
    // Assess
    const total = 5 * MAX_ITEM_FEN + 4_800_050;
    expect(await intakeActuals(enterprise.token)).toEqual({ intake_count: 6, intake_fen: total });
    expect(await evidenceTotal(enterprise.org.id)).toEqual({ rows: 6, count: 6, amountFen: total });
    expect(await table.store.quotas.counts(enterprise.org.id, 2025)).toMatchObject({
      intakeFen: total,
      totalFen: total,
    });
  });

  it('refuses an amount that would take the yearly total past 2^53 − 1, keeping the total exact (it read 0 before)', async () => {
    // Prepare: a total one bound below the largest exact number, as 9,007 deals at the bound would leave it
    const enterprise = await api.member('enterprise', 'admin');
    const near = Number.MAX_SAFE_INTEGER - MAX_ITEM_FEN + 1;
    await table.clients.doc.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.quota(enterprise.org.id, '2025'),
        UpdateExpression: 'SET intakeFen = :n, totalFen = :n, intakeCount = :c',
        ExpressionAttributeValues: { ':n': near, ':c': 9_007 },
      }),
    );
    // Act
    const refused = await intake(enterprise.org.id, MAX_ITEM_FEN).catch((error: unknown) => error);
    const fits = await intake(enterprise.org.id, MAX_ITEM_FEN - 1);
    // Assess
    expect(refused).toBeInstanceOf(StoreConflictError);
    expect(refused).toMatchObject({ code: 'total_limit_reached' });
    expect(fits.ok).toBe(true);
    expect(await intakeActuals(enterprise.token)).toEqual({
      intake_count: 9_008,
      intake_fen: Number.MAX_SAFE_INTEGER,
    });
    // Only the entry that counted is on the trail, so the evidence agrees with the quota.
    expect((await evidenceTotal(enterprise.org.id)).amountFen).toBe(MAX_ITEM_FEN - 1);
  });

  it('reads a counter no JS number holds exactly as an error, never as 0', async () => {
    // Prepare: a counter written past 2^53 by hand (the store no longer lets a transaction do it)
    const enterprise = await api.member('enterprise', 'admin');
    await table.clients.doc.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.quota(enterprise.org.id, '2025'),
        UpdateExpression: 'SET intakeFen = :n',
        ExpressionAttributeValues: { ':n': 9_007_199_254_740_993n },
      }),
    );
    // Act
    const read = table.store.quotas.counts(enterprise.org.id, 2025);
    // Assess
    await expect(read).rejects.toMatchObject({ name: 'CounterRangeError', attribute: 'intakeFen' });
  });
});

describe('one fen over the bound', () => {
  const over = MAX_ITEM_FEN + 1;

  async function refusal(res: Response) {
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { code: string; details: { path: string; message: string }[] };
    };
    return error;
  }

  it('answers 400 naming amountFen for a deal', async () => {
    const [enterprise, university] = await Promise.all([
      api.member('enterprise', 'admin'),
      api.member('university', 'admin'),
    ]);
    const body = {
      kind: 'ordinary_license',
      supplierOrgIds: [university.org.id],
      acquirerOrgId: enterprise.org.id,
      patentNumbers: ['201710601862.3'],
    };
    const error = await refusal(
      await api.request('/api/deals', {
        method: 'POST',
        token: enterprise.token,
        json: { ...body, amountFen: over },
      }),
    );
    expect(error.details).toContainEqual({
      path: 'amountFen',
      message:
        '金额不能超过 100 亿元（1,000,000,000,000 分）/ amount must be at most ¥10,000,000,000 (1,000,000,000,000 fen)',
    });
  });

  it('answers 400 naming budget.maxFen for a need, and accepts the bound itself', async () => {
    const enterprise = await api.member('enterprise', 'admin');
    const error = await refusal(
      await api.request('/api/needs', {
        method: 'POST',
        token: enterprise.token,
        json: needInput({ budget: { minFen: 0, maxFen: over } }),
      }),
    );
    expect(error.details.map((d) => d.path)).toEqual(['budget.maxFen']);
    const atBound = await api.request('/api/needs', {
      method: 'POST',
      token: enterprise.token,
      json: needInput({ budget: { minFen: MAX_ITEM_FEN, maxFen: MAX_ITEM_FEN } }),
    });
    expect(atBound.status, await atBound.clone().text()).toBe(201);
  });

  it('answers 400 naming query.yearlySalesFen for the royalty calculator', async () => {
    const error = await refusal(await api.request(`/api/listings/${ulid()}/royalty?yearlySalesFen=${over}`));
    expect(error.details.map((d) => d.path)).toEqual(['query.yearlySalesFen']);
  });

  it('answers 400 naming enterprise.intakeFen for a quota target', async () => {
    const error = await refusal(
      await api.request('/api/quota-targets?year=2033', {
        method: 'PUT',
        token: office.token,
        json: { enterprise: { intakeFen: over }, version: 0 },
      }),
    );
    expect(error.details.map((d) => d.path)).toEqual(['enterprise.intakeFen']);
  });
});
