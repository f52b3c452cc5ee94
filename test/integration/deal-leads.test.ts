import { PatentInputSchema, toPatent } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../support/declaration-input.ts';
import { licenceOf } from '../support/licence-input.ts';
import { proposalOf } from '../support/push-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
interface LeadBody {
  id: string;
  listingId: string;
  title?: string;
  patentNumbers: string[];
}

describe('push leads in the deal pipeline (交易撮合)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let enterprise: Member;
  let agency: Member;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    [university, enterprise, agency] = await Promise.all([
      api.member('university', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('agency', 'admin'),
    ]);
  });

  /** The agency pushes a published listing of the university; the enterprise answers "interested". */
  async function lead() {
    const number = randomPatentNumber();
    const input = PatentInputSchema.parse(
      patentInput(number, { patentees: [{ name: university.org.name, orgId: university.org.id }] }),
    );
    await table.store.patents.create(toPatent(input, university.org.id, new Date().toISOString()));
    const listing = declarationRecordOf(university.org.id, { status: 'published' }, number);
    await table.store.declarations.create(listing);
    const proposal = proposalOf(agency.org.id, { enterpriseOrgId: enterprise.org.id, listingId: listing.id });
    await table.store.proposals.upsert([proposal], new Date());
    const push = await table.store.pushes.approve({
      proposal: (await table.store.proposals.get(agency.org.id, proposal.id))!,
      brokerUserId: agency.user.id,
      brokerName: agency.org.name,
      now: new Date(),
      dedupeDays: 180,
    });
    await table.store.pushes.deliver(push.id, new Date());
    const answered = await table.store.pushes.answer(
      push.id,
      enterprise.org.id,
      { kind: 'interested' },
      'u',
      new Date(),
    );
    return { leadId: answered.leadId!, listing, number };
  }

  const leads = async (member: Member) => {
    const res = await api.request('/api/deals', { token: member.token });
    expect(res.status).toBe(200);
    return ((await res.json()) as { leads: LeadBody[] }).leads;
  };

  it('names the pushed listing and its patent on each lead, for the broker and the enterprise', async () => {
    // Prepare
    const { leadId, listing, number } = await lead();
    // Act
    const [broker, acquirer] = await Promise.all([leads(agency), leads(enterprise)]);
    // Assess
    for (const list of [broker, acquirer])
      expect(list.find((l) => l.id === leadId)).toMatchObject({
        listingId: listing.id,
        title: listing.listing.title,
        patentNumbers: [number],
      });
  });

  it('drops a lead from the open leads once its enterprise has taken the open licence', async () => {
    // Prepare
    const { leadId, listing } = await lead();
    const other = await lead();
    expect((await leads(agency)).map((l) => l.id)).toContain(leadId);
    // Act: the enterprise takes the open licence of the pushed listing
    await table.store.licences.take(
      licenceOf(
        {},
        { licenseeOrgId: enterprise.org.id, licensorOrgId: university.org.id, listingId: listing.id },
      ),
      [],
      [],
    );
    // Assess: gone for both sides; the lead of the listing not licensed stays
    const [broker, acquirer] = await Promise.all([leads(agency), leads(enterprise)]);
    expect(broker.map((l) => l.id)).not.toContain(leadId);
    expect(acquirer.map((l) => l.id)).not.toContain(leadId);
    expect(broker.map((l) => l.id)).toContain(other.leadId);
  });
});
