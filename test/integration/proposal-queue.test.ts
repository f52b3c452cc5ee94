import { type Need, nextIsoWeekMonday, type QueuedProposal } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorisationInput } from '../support/authorisation-input.ts';
import { needOf } from '../support/need-input.ts';
import { proposalOf, publishedListingIn } from '../support/push-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

/** The broker's queue (GET /api/proposals) holds only proposals it can approve (issue 10, item 5). */
describe('the broker’s proposal queue', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
  });

  /** An approved enterprise with `count` open needs `broker` collected for it. */
  async function enterpriseWithNeeds(broker: Member, count = 1) {
    const enterprise = await api.member('enterprise', 'admin');
    const needs: Need[] = [];
    for (let i = 0; i < count; i++) {
      const need: Need = {
        ...needOf(enterprise.org.id, {}, { collectedBy: { orgId: broker.org.id, userId: broker.user.id } }),
        status: 'open',
      };
      await table.store.needs.create(need);
      needs.push(need);
    }
    return { enterprise, needs };
  }

  /** What the matcher writes: one proposal per (need, listing, score) to `broker`. */
  async function propose(broker: Member, rows: { need: Need; listingId: string; score: number }[]) {
    const inputs = rows.map(({ need, listingId, score }) =>
      proposalOf(broker.org.id, { needId: need.id, enterpriseOrgId: need.ownerOrgId, listingId, score }),
    );
    await table.store.proposals.upsert(inputs, new Date());
    return inputs;
  }

  async function queue(
    broker: Member,
    query = 'limit=200',
  ): Promise<{ items: QueuedProposal[]; nextCursor?: string }> {
    const res = await api.request(`/api/proposals?${query}`, { token: broker.token });
    expect(res.status, await res.clone().text()).toBe(200);
    return res.json();
  }

  const approve = (broker: Member, id: string) =>
    api.request(`/api/proposals/${id}/approve`, { method: 'POST', token: broker.token, json: {} });

  async function authorise(enterprise: Member, broker: Member) {
    const { validFrom, validUntil } = authorisationInput(broker.org.id);
    await table.store.authorisations.grant(
      {
        id: ulid(),
        enterpriseOrgId: enterprise.org.id,
        agentOrgId: broker.org.id,
        validFrom,
        validUntil,
        scope: 'needs',
        status: 'active',
        grantedAt: new Date().toISOString(),
        grantedBy: enterprise.user.id,
        version: 1,
      },
      [],
    );
  }

  it('leaves out a pair another broker pushed, and the same pair reached through another need', async () => {
    // Prepare: the agency and a park both serve the enterprise; both were proposed the same listing
    const agency = await api.member('agency', 'admin');
    const park = await api.member('park', 'admin');
    const { enterprise, needs } = await enterpriseWithNeeds(agency, 2);
    await authorise(enterprise, park);
    const [shared, other] = [await publishedListingIn(table.store), await publishedListingIn(table.store)];
    const [n1, n2] = needs as [Need, Need];
    await propose(agency, [
      { need: n1, listingId: shared, score: 95 },
      { need: n2, listingId: shared, score: 93 },
      { need: n1, listingId: other, score: 70 },
    ]);
    const [parks] = await propose(park, [{ need: n1, listingId: shared, score: 95 }]);
    expect((await queue(agency)).items).toHaveLength(3);

    // Act: the park pushes the pair
    expect((await approve(park, parks!.id)).status).toBe(201);
    const after = await queue(agency);

    // Assess: neither of the agency's two proposals of that pair is offered; what is offered approves
    expect(after.items.map((p) => p.listingId)).toEqual([other]);
    for (const item of after.items) expect((await approve(agency, item.id)).status).toBe(201);
    expect((await queue(agency)).items).toEqual([]);
    // The pushed tab still shows what this broker pushed.
    const pushed = await queue(agency, 'status=pushed');
    expect(pushed.items.map((p) => p.listingId)).toEqual([other]);
  });

  it('leaves out the proposals of an enterprise that unsubscribed', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const { enterprise, needs } = await enterpriseWithNeeds(agency);
    const { needs: others } = await enterpriseWithNeeds(agency);
    await propose(agency, [
      { need: needs[0]!, listingId: await publishedListingIn(table.store), score: 90 },
      { need: others[0]!, listingId: await publishedListingIn(table.store), score: 60 },
    ]);
    const { unsubscribeToken } = await table.store.pushPreferences.get(enterprise.org.id);

    // Act
    const link = await api.request(`/api/push-preferences/unsubscribe?token=${unsubscribeToken}`);
    const { items } = await queue(agency);

    // Assess
    expect(link.status).toBe(200);
    expect(items.map((p) => p.enterpriseOrgId)).toEqual([others[0]!.ownerOrgId]);
  });

  it('marks the proposals of an enterprise whose weekly cap is full with next Monday, without leaving them out', async () => {
    // Prepare: a cap of 1 a week
    const agency = await api.member('agency', 'admin');
    const { enterprise, needs } = await enterpriseWithNeeds(agency);
    const saved = await api.request('/api/push-preferences', {
      method: 'PUT',
      token: enterprise.token,
      json: { unsubscribed: false, weeklyCap: 1, email: true, version: 0 },
    });
    expect(saved.status).toBe(200);
    const [first, second] = await propose(agency, [
      { need: needs[0]!, listingId: await publishedListingIn(table.store), score: 90 },
      { need: needs[0]!, listingId: await publishedListingIn(table.store), score: 80 },
    ]);
    expect((await queue(agency)).items.map((p) => p.pushableFrom)).toEqual([undefined, undefined]);

    // Act
    expect((await approve(agency, first!.id)).status).toBe(201);
    const { items } = await queue(agency);

    // Assess
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: second!.id, pushableFrom: nextIsoWeekMonday(new Date()) });
  });

  it('fills a page past proposals it leaves out, and the cursor carries on from there', async () => {
    // Prepare: the three best proposals are of pairs already pushed, four more are not
    const agency = await api.member('agency', 'admin');
    const park = await api.member('park', 'admin');
    const { enterprise, needs } = await enterpriseWithNeeds(agency);
    await authorise(enterprise, park);
    const need = needs[0]!;
    const listings: string[] = [];
    for (let i = 0; i < 7; i++) listings.push(await publishedListingIn(table.store));
    await propose(
      agency,
      listings.map((listingId, i) => ({ need, listingId, score: 90 - i })),
    );
    const parks = await propose(
      park,
      listings.slice(0, 3).map((listingId) => ({ need, listingId, score: 90 })),
    );
    for (const proposal of parks) expect((await approve(park, proposal.id)).status).toBe(201);

    // Act
    const first = await queue(agency, 'limit=2');
    const second = await queue(agency, `limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);

    // Assess
    expect(first.items.map((p) => p.listingId)).toEqual(listings.slice(3, 5));
    expect(second.items.map((p) => p.listingId)).toEqual(listings.slice(5, 7));
  });
});
