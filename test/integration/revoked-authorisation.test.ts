import { type Authorisation, chinaYear, type Need, type Proposal, type Push } from '@openlicense/domain';
import { StoreConflictError } from '@openlicense/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorisationInput } from '../support/authorisation-input.ts';
import { needOf } from '../support/need-input.ts';
import { proposalOf, publishedListingIn } from '../support/push-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

/**
 * Authorisation checked where it matters (issue 11, item 4): approving, auto-pushing and delivering a push
 * for an enterprise that authorised the broker (委托授权) check the authorisation live inside the write;
 * revoking takes the broker's waiting proposals for the enterprise out of its queue. Before, a revoked agency
 * still approved its leftover proposals for a need it had collected, and the deliveries counted.
 */
let table: TestTable;
let api: ReturnType<typeof createTestApi>;
let year: string;

beforeAll(async () => {
  table = await createTestTable();
  api = createTestApi(table);
  year = chinaYear(new Date());
});

const json = async <T>(res: Response, status: number): Promise<T> => {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
};

/** An enterprise that authorised `broker` through the API, with an open need the broker collected. */
async function authorisedEnterprise(broker: Member) {
  const enterprise = await api.member('enterprise', 'admin');
  const auth = await json<Authorisation>(
    await api.request('/api/authorisations', {
      method: 'POST',
      token: enterprise.token,
      json: authorisationInput(broker.org.id),
    }),
    201,
  );
  const need: Need = {
    ...needOf(enterprise.org.id, {}, { collectedBy: { orgId: broker.org.id, userId: broker.user.id } }),
    status: 'open',
  };
  await table.store.needs.create(need);
  return { enterprise, auth, need };
}

/** Proposals of `count` published listings for the need to `broker`, as the matcher writes them. */
async function propose(broker: Member, need: Need, enterpriseName: string, count = 1) {
  const inputs = await Promise.all(
    Array.from({ length: count }, async () =>
      proposalOf(broker.org.id, {
        needId: need.id,
        enterpriseOrgId: need.ownerOrgId,
        enterpriseName,
        listingId: await publishedListingIn(table.store),
      }),
    ),
  );
  await table.store.proposals.upsert(inputs, new Date());
  return inputs;
}

const approve = (broker: Member, id: string) =>
  api.request(`/api/proposals/${id}/approve`, { method: 'POST', token: broker.token, json: {} });

const revoke = (enterprise: Member, id: string) =>
  api.request(`/api/authorisations/${id}/revoke`, { method: 'POST', token: enterprise.token });

/** The broker's queue of waiting proposals, as its screen lists it. */
async function queue(broker: Member) {
  const body = await json<{ items: Proposal[] }>(
    await api.request('/api/proposals?status=proposed&limit=200', { token: broker.token }),
    200,
  );
  return body.items;
}

/** What counted for the broker this year: the quota's pushes and the evidence of counted deliveries. */
async function counted(broker: Member) {
  const counts = await table.store.quotas.counts(broker.org.id, year);
  const evidence = await table.store.evidence.list(broker.org.id, { year, kind: 'push_delivered' });
  return { pushes: counts.pushes ?? 0, evidence: evidence.length };
}

describe('a revoked authorisation', () => {
  it('takes the broker’s waiting proposals for that enterprise out of its queue, and only those', async () => {
    // Prepare: the agency's proposals for two enterprises, one already pushed; a park also serves the first
    const [agency, park] = await Promise.all([api.member('agency', 'admin'), api.member('park', 'admin')]);
    const first = await authorisedEnterprise(agency);
    const second = await authorisedEnterprise(agency);
    await json(
      await api.request('/api/authorisations', {
        method: 'POST',
        token: first.enterprise.token,
        json: authorisationInput(park.org.id),
      }),
      201,
    );
    const [pushed, ...waiting] = await propose(agency, first.need, first.enterprise.org.name, 3);
    await json(await approve(agency, pushed!.id), 201);
    const [other] = await propose(agency, second.need, second.enterprise.org.name);
    const [parks] = await propose(park, first.need, first.enterprise.org.name);
    expect((await queue(agency)).map((p) => p.id).sort()).toEqual(
      [...waiting.map((p) => p.id), other!.id].sort(),
    );
    // Act
    await json(await revoke(first.enterprise, first.auth.id), 200);
    // Assess
    expect((await queue(agency)).map((p) => p.id)).toEqual([other!.id]);
    expect((await queue(park)).map((p) => p.id)).toEqual([parks!.id]);
    const record = await table.store.proposals.get(agency.org.id, pushed!.id);
    expect(record?.status).toBe('pushed');
  });

  it('refuses an approval after the revocation, pushing and counting nothing', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const { enterprise, auth, need } = await authorisedEnterprise(agency);
    const [proposal] = await propose(agency, need, enterprise.org.name);
    await json(await revoke(enterprise, auth.id), 200);
    // A matcher round that read the authorisations before the revocation proposes the pair again.
    await table.store.proposals.upsert([proposal!], new Date());
    // Act
    const res = await approve(agency, proposal!.id);
    // Assess
    const { error } = await json<{ error: { code: string; message: string } }>(res, 403);
    expect(error.code).toBe('authorisation_revoked');
    expect(error.message).toContain('撤销');
    expect((await table.store.proposals.get(agency.org.id, proposal!.id))?.status).toBe('proposed');
    expect((await table.store.pushes.listByBroker(agency.org.id, year, { limit: 10 })).items).toEqual([]);
    expect(await counted(agency)).toEqual({ pushes: 0, evidence: 0 });
  });

  it('is checked inside the approval’s transaction, not only before it', async () => {
    // Prepare: the caller found the authorisation live, then the enterprise revoked it
    const agency = await api.member('agency', 'admin');
    const { enterprise, auth, need } = await authorisedEnterprise(agency);
    const [input] = await propose(agency, need, enterprise.org.name);
    const proposal = (await table.store.proposals.get(agency.org.id, input!.id))!;
    const live = (await table.store.authorisations.get(enterprise.org.id, auth.id))!;
    await table.store.authorisations.update(
      {
        ...live,
        status: 'revoked',
        revokedAt: new Date().toISOString(),
        revokedBy: enterprise.user.id,
        version: 2,
      },
      1,
      [],
    );
    // Act
    const refused = await table.store.pushes
      .approve({
        proposal,
        authorisation: live,
        brokerUserId: 'auto',
        brokerName: agency.org.name,
        now: new Date(),
        dedupeDays: 180,
      })
      .catch((error: unknown) => error);
    // Assess
    expect(refused).toBeInstanceOf(StoreConflictError);
    expect(refused).toMatchObject({ code: 'authorisation_revoked' });
    expect((await table.store.proposals.get(agency.org.id, proposal.id))?.status).toBe('proposed');
    expect(await counted(agency)).toEqual({ pushes: 0, evidence: 0 });
  });

  it('never lets an approval racing it count a push: either the approval came first or it is refused', async () => {
    const agency = await api.member('agency', 'admin');
    const outcomes = new Set<number>();
    for (let round = 0; round < 6; round++) {
      // Prepare
      const { enterprise, auth, need } = await authorisedEnterprise(agency);
      const [proposal] = await propose(agency, need, enterprise.org.name);
      // Act
      const [approved, revoked] = await Promise.all([
        approve(agency, proposal!.id),
        revoke(enterprise, auth.id),
      ]);
      // Assess
      expect(revoked.status).toBe(200);
      outcomes.add(approved.status);
      const stored = await table.store.proposals.get(agency.org.id, proposal!.id);
      if (approved.status === 201) {
        // The approval came first: the push exists, but it is delivered after the revocation, so never counted.
        const push = (await approved.json()) as Push;
        expect(stored?.status).toBe('pushed');
        expect((await table.store.pushes.deliver(push.id, new Date())).status).toBe('undeliverable');
      } else {
        expect([403, 404, 409]).toContain(approved.status);
        expect(stored?.status ?? 'withdrawn').not.toBe('pushed');
      }
    }
    expect(await counted(agency)).toEqual({ pushes: 0, evidence: 0 });
    expect([...outcomes].every((status) => [201, 403, 404, 409].includes(status))).toBe(true);
  });

  it('makes a push approved before it undeliverable: not in the inbox, not counted, the pair free again', async () => {
    // Prepare: approved while the authorisation was live
    const [agency, park] = await Promise.all([api.member('agency', 'admin'), api.member('park', 'admin')]);
    const { enterprise, auth, need } = await authorisedEnterprise(agency);
    const [proposal] = await propose(agency, need, enterprise.org.name);
    const push = await json<Push>(await approve(agency, proposal!.id), 201);
    await json(await revoke(enterprise, auth.id), 200);
    // Act
    const delivered = await table.store.pushes.deliver(push.id, new Date());
    // Assess
    expect(delivered.status).toBe('undeliverable');
    expect(delivered.undeliverableReason).toContain('撤销');
    expect(await counted(agency)).toEqual({ pushes: 0, evidence: 0 });
    expect((await table.store.pushes.listInbox(enterprise.org.id, { limit: 10 })).items).toEqual([]);
    // Another broker the enterprise authorised may push the same listing: the revoked push held nothing.
    await json(
      await api.request('/api/authorisations', {
        method: 'POST',
        token: enterprise.token,
        json: authorisationInput(park.org.id),
      }),
      201,
    );
    await table.store.proposals.upsert([{ ...proposal!, brokerOrgId: park.org.id }], new Date());
    const byPark = await json<Push>(await approve(park, proposal!.id), 201);
    expect((await table.store.pushes.deliver(byPark.id, new Date())).status).toBe('delivered');
    expect(await counted(park)).toEqual({ pushes: 1, evidence: 1 });
  });

  it('still delivers and counts a push whose authorisation stays live (the check refuses only a lapsed one)', async () => {
    const agency = await api.member('agency', 'admin');
    const { enterprise, auth, need } = await authorisedEnterprise(agency);
    const [proposal] = await propose(agency, need, enterprise.org.name);
    const push = await json<Push>(await approve(agency, proposal!.id), 201);
    expect(push.authorisationId).toBe(auth.id);
    expect((await table.store.pushes.deliver(push.id, new Date())).status).toBe('delivered');
    expect(await counted(agency)).toEqual({ pushes: 1, evidence: 1 });
  });
});
