import type { Waiting, WaitingCode } from '@openlicense/contract';
import {
  addDays,
  addMonths,
  chinaYear,
  type DeclarationRecord,
  isoDateInChina,
  type Push,
} from '@openlicense/domain';
import { quotaAdd } from '@openlicense/store';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleInput } from '../support/bundle-input.ts';
import { declarationRecordOf, todayInChina } from '../support/declaration-input.ts';
import { licenceOf } from '../support/licence-input.ts';
import { needOf } from '../support/need-input.ts';
import { proposalOf, publishedListingIn } from '../support/push-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

/**
 * 待我处理 (issue 13, item 4): `GET /api/me/waiting` counts, for each role, what waits for the user, from
 * the same reads as the screens where each task is done; a count moves when the task is done there. The
 * API serves it from the accounts function, whose store holds only its own repositories: a read reaching
 * another fails here.
 */
type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

let table: TestTable;
let api: ReturnType<typeof createTestApi>;
let office: Member;

beforeAll(async () => {
  table = await createTestTable();
  api = createTestApi(table);
  office = await api.member('ip_office', 'admin');
});

const post = (path: string, token: string, json: unknown = {}) =>
  api.request(path, { method: 'POST', token, json });

async function expectOk(res: Response | Promise<Response>, status = 200) {
  const answer = await res;
  expect(answer.status, await answer.clone().text()).toBe(status);
  return answer.json();
}

async function waiting(member: Member): Promise<Waiting> {
  return (await expectOk(api.request('/api/me/waiting', { token: member.token }))) as Waiting;
}

/** The count of `code` for `member`, or undefined when its role has no such task. */
const countOf = async (member: Member, code: WaitingCode) =>
  (await waiting(member)).items.find((item) => item.code === code)?.count;

/** A patent in `holder`'s ledger, through the API. */
async function ledgerPatent(holder: Member): Promise<string> {
  const number = randomPatentNumber();
  await expectOk(
    post('/api/patents', holder.token, patentInput(number, { patentees: [{ name: holder.org.name }] })),
    201,
  );
  return number;
}

/** A declaration by `holder` moved to submitted as the holder's submission does (taking the patent's slot). */
async function submitted(holder: Member): Promise<DeclarationRecord> {
  const draft = declarationRecordOf(holder.org.id, { status: 'draft' });
  await table.store.declarations.create(draft);
  const next = { ...draft, status: 'submitted' as const, version: 2 };
  await table.store.declarations.transition(draft, next, {
    id: ulid(),
    orgId: holder.org.id,
    at: new Date().toISOString(),
    actorId: 'test',
    action: 'declaration.submitted',
    summary: 'test',
  });
  return next;
}

describe('GET /api/me/waiting', () => {
  it('asks for a signed-in user and tells one without an organisation that nothing waits', async () => {
    // Prepare
    const loner = await api.user('Loner');
    // Act
    const anonymous = await api.request('/api/me/waiting');
    const answer = await expectOk(api.request('/api/me/waiting', { token: loner.token }));
    // Assess
    expect(anonymous.status).toBe(401);
    expect(answer).toEqual({ orgId: null, items: [], quota: null });
  });

  it('shows an organisation awaiting approval no tasks and no quota', async () => {
    // Prepare
    const pending = await api.member('enterprise', 'admin', 'pending');
    // Act
    const answer = await waiting(pending);
    // Assess
    expect(answer).toEqual({ orgId: pending.org.id, items: [], quota: null });
  });

  it('gives a university its declarations to revise, drafts and reviews, moving them when the IP office rejects one', async () => {
    // Prepare
    const university = await api.member('university', 'admin');
    const declaration = await submitted(university);
    await table.store.declarations.create(declarationRecordOf(university.org.id, { status: 'draft' }));
    const before = await waiting(university);
    const officeBefore = await countOf(office, 'declaration_reviews');
    // Act
    await expectOk(
      post(`/api/declarations/${declaration.id}/transitions`, office.token, {
        action: 'reject',
        version: declaration.version,
        reason: '许可使用费标准表述不清',
      }),
    );
    // Assess
    const after = await waiting(university);
    const count = (answer: Waiting, code: WaitingCode) => answer.items.find((i) => i.code === code)?.count;
    expect(count(before, 'declarations_in_review')).toBe(1);
    expect(count(before, 'declarations_drafts')).toBe(1);
    expect(count(before, 'declarations_to_revise')).toBe(0);
    expect(count(after, 'declarations_in_review')).toBe(0);
    expect(count(after, 'declarations_to_revise')).toBe(1);
    expect(await countOf(office, 'declaration_reviews')).toBe((officeBefore ?? 0) - 1);
    // A university has no broker's or enterprise's tasks, and its quotas are its conversions
    const codes = after.items.map((i) => i.code);
    expect(codes).not.toContain('proposals_to_review');
    expect(codes).not.toContain('unread_pushes');
    expect(after.quota?.year).toBe(Number(todayInChina().slice(0, 4)));
    expect(after.quota?.targets.map((t) => t.key)).toEqual(
      expect.arrayContaining(['conversion_count', 'conversion_fen']),
    );
    expect(JSON.stringify(after)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('asks a holder’s admin, not its members, for its consent to a bundle, then the organiser and the IP office follow its review', async () => {
    // Prepare
    const [university, park] = await Promise.all([
      api.member('university', 'admin'),
      api.member('park', 'admin'),
    ]);
    const colleague = await api.member('university', 'member', 'approved', university.org);
    const numbers = [await ledgerPatent(university), await ledgerPatent(university)];
    const created = (await expectOk(post('/api/bundles', park.token, bundleInput(numbers)), 201)) as {
      bundle: { id: string };
    };
    const before = await countOf(university, 'bundle_consents');
    const reviewsBefore = await countOf(office, 'bundle_reviews');
    // Act: the admin consents, and the park submits the bundle for review
    const consented = (await expectOk(
      post(`/api/bundles/${created.bundle.id}/consents`, university.token, { consent: true }),
    )) as { bundle: { version: number } };
    const parkBefore = await countOf(park, 'bundles_in_review');
    await expectOk(
      post(`/api/bundles/${created.bundle.id}/transitions`, park.token, {
        action: 'submit',
        version: consented.bundle.version,
      }),
    );
    // Assess
    expect(before).toBe(1);
    expect(await countOf(colleague, 'bundle_consents')).toBeUndefined();
    expect(await countOf(university, 'bundle_consents')).toBe(0);
    expect(parkBefore).toBe(0);
    expect(await countOf(park, 'bundles_in_review')).toBe(1);
    expect(await countOf(office, 'bundle_reviews')).toBe((reviewsBefore ?? 0) + 1);
  });

  it('gives a broker its proposals to review and its events to record, and the invited enterprise its invitation and unread push', async () => {
    // Prepare: a need the agency collected, one proposal pushed and delivered, one waiting, an event today
    const [agency, enterprise] = await Promise.all([
      api.member('agency', 'admin'),
      api.member('enterprise', 'admin'),
    ]);
    const need = {
      ...needOf(enterprise.org.id, {}, { collectedBy: { orgId: agency.org.id, userId: agency.user.id } }),
      status: 'open' as const,
    };
    await table.store.needs.create(need);
    const proposals = await Promise.all(
      [88, 75].map(async (score) =>
        proposalOf(agency.org.id, {
          needId: need.id,
          enterpriseOrgId: enterprise.org.id,
          listingId: await publishedListingIn(table.store),
          score,
        }),
      ),
    );
    await table.store.proposals.upsert(proposals, new Date());
    const pushed = (await expectOk(
      post(`/api/proposals/${proposals[0]!.id}/approve`, agency.token),
      201,
    )) as Push;
    await table.store.pushes.deliver(pushed.id, new Date());
    const event = (await expectOk(
      post('/api/events', agency.token, {
        title: '新能源电池产业链专利对接会',
        industryChain: '先进储能材料',
        date: isoDateInChina(new Date()),
        place: '长沙市岳麓区麓谷企业广场',
        description: '高校院所发布电池材料专利，企业现场洽谈',
      }),
      201,
    )) as { id: string };
    await expectOk(
      post(`/api/events/${event.id}/invitations`, agency.token, { enterpriseOrgIds: [enterprise.org.id] }),
    );
    const agencyBefore = await waiting(agency);
    const enterpriseBefore = await waiting(enterprise);

    // Act: the broker rejects the waiting proposal; the enterprise reads its push and registers
    await expectOk(
      post(`/api/proposals/${proposals[1]!.id}/reject`, agency.token, { reason: '企业已有同类技术' }),
    );
    await expectOk(post(`/api/inbox/${pushed.id}/read`, enterprise.token));
    await expectOk(
      post(`/api/events/${event.id}/registrations`, enterprise.token, {
        contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
        attendees: 1,
      }),
      201,
    );
    // …and the broker records the event as held
    await expectOk(post(`/api/events/${event.id}/attendance`, agency.token, { orgIds: [enterprise.org.id] }));
    await expectOk(
      post(`/api/events/${event.id}/minutes`, agency.token, {
        text: '中南大学发布三项电池材料专利，两家企业现场表达许可意向，一项进入洽谈。',
      }),
    );

    // Assess
    const count = (answer: Waiting, code: WaitingCode) => answer.items.find((i) => i.code === code);
    expect(count(agencyBefore, 'proposals_to_review')?.count).toBe(1);
    expect(count(agencyBefore, 'events_to_record')).toEqual({
      code: 'events_to_record',
      count: 1,
      date: isoDateInChina(new Date()),
    });
    expect(count(enterpriseBefore, 'unread_pushes')?.count).toBe(1);
    expect(count(enterpriseBefore, 'event_invitations')?.count).toBe(1);
    const agencyAfter = await waiting(agency);
    const enterpriseAfter = await waiting(enterprise);
    expect(count(agencyAfter, 'proposals_to_review')?.count).toBe(0);
    expect(count(agencyAfter, 'events_to_record')).toEqual({ code: 'events_to_record', count: 0 });
    expect(count(enterpriseAfter, 'unread_pushes')?.count).toBe(0);
    expect(count(enterpriseAfter, 'event_invitations')?.count).toBe(0);
    // The broker's quotas: pushes and events held moved with what it did
    const pushes = agencyAfter.quota?.targets.find((t) => t.key === 'precise_pushes');
    const events = agencyAfter.quota?.targets.find((t) => t.key === 'events_held');
    expect(pushes?.actual).toBe(1);
    expect(events?.actual).toBe(1);
    expect(agencyAfter.items.map((i) => i.code)).not.toContain('declarations_drafts');
  });

  it('counts overdue filings for both parties and the IP office, and a deal to confirm, until they are done', async () => {
    // Prepare
    const [university, enterprise] = await Promise.all([
      api.member('university', 'admin'),
      api.member('enterprise', 'admin'),
    ]);
    const effective = addDays(addMonths(todayInChina(), -3), -5);
    const overdue = licenceOf(
      { effectiveDate: effective },
      { licenseeOrgId: enterprise.org.id, licensorOrgId: university.org.id },
    );
    await table.store.licences.take(overdue, [], []);
    const deal = (await expectOk(
      post('/api/deals', enterprise.token, {
        kind: 'ordinary_license',
        acquirerOrgId: enterprise.org.id,
        supplierOrgIds: [university.org.id],
        patentNumbers: [await ledgerPatent(university)],
        stage: 'negotiating',
      }),
      201,
    )) as { id: string; version: number };
    const signed = (await expectOk(
      post(`/api/deals/${deal.id}/stage`, enterprise.token, {
        version: deal.version,
        to: 'signed',
        amountFen: 80_000_000,
      }),
    )) as { version: number };
    const before = await waiting(university);
    const officeBefore = await countOf(office, 'filings_overdue');
    // Act
    await expectOk(
      post(`/api/licenses/${overdue.id}/filing`, enterprise.token, {
        filingNumber: 'BA2026-0101',
        filedOn: todayInChina(),
      }),
    );
    await expectOk(post(`/api/deals/${deal.id}/confirm`, university.token, { version: signed.version }));
    // Assess
    const count = (answer: Waiting, code: WaitingCode) => answer.items.find((i) => i.code === code);
    expect(count(before, 'filings_overdue')).toEqual({
      code: 'filings_overdue',
      count: 1,
      date: overdue.filing!.deadline,
    });
    expect(count(before, 'confirmations_unconfirmed')?.count).toBe(1);
    const after = await waiting(university);
    expect(count(after, 'filings_overdue')?.count).toBe(0);
    expect(count(after, 'confirmations_unconfirmed')?.count).toBe(0);
    expect(await countOf(enterprise, 'filings_overdue')).toBe(0);
    expect(officeBefore).toBeGreaterThanOrEqual(1);
    expect(await countOf(office, 'filings_overdue')).toBe((officeBefore ?? 0) - 1);
    // The conversion counted once the university confirmed it
    expect(after.quota?.targets.find((t) => t.key === 'conversion_count')?.actual).toBe(1);
  });

  it('gives the IP office its applications, bundle reviews and disputes, and no quota of its own', async () => {
    // Prepare
    const applicant = await api.member('enterprise', 'admin', 'pending');
    const before = await waiting(office);
    // Act
    await expectOk(post(`/api/orgs/${applicant.org.id}/approve`, office.token));
    // Assess
    const after = await waiting(office);
    const count = (answer: Waiting, code: WaitingCode) => answer.items.find((i) => i.code === code)?.count;
    expect(after.items.map((i) => i.code)).toEqual([
      'org_applications',
      'declaration_reviews',
      'bundle_reviews',
      'patent_disputes',
      'filings_overdue',
      'orgs_at_risk',
      'orgs_missed',
    ]);
    expect(count(after, 'org_applications')).toBe((count(before, 'org_applications') ?? 0) - 1);
    expect(after.quota).toBeNull();
  });

  it('counts for the IP office the organisations of its region behind on their quotas, until they catch up', async () => {
    // Prepare: a new enterprise of the office's region, with nothing taken in yet
    const before = await countOf(office, 'orgs_at_risk');
    const enterprise = await api.member('enterprise', 'admin');
    const standing = (await waiting(enterprise)).quota?.status;
    const behind = await countOf(office, 'orgs_at_risk');
    // Act: it takes in enough to meet both its targets (as a confirmed deal counts it)
    const year = chinaYear(new Date());
    await table.store.evidence.write(
      [
        {
          orgId: enterprise.org.id,
          kind: 'deal_signed',
          subjectId: ulid(),
          actorId: 'test',
          summary: 'intake',
          at: new Date().toISOString(),
          amountFen: 500_000_000,
        },
      ],
      () => [
        quotaAdd({ doc: table.clients.doc, tableName: table.tableName }, enterprise.org.id, year, {
          intakeCount: 5,
          intakeFen: 500_000_000,
        }),
      ],
    );
    // Assess: it counted while behind (how far into the year decides whether a bare start is behind)
    expect(standing).toMatch(/^(at_risk|on_track)$/);
    expect(behind).toBe((before ?? 0) + (standing === 'at_risk' ? 1 : 0));
    expect((await waiting(enterprise)).quota?.status).toBe('met');
    expect(await countOf(office, 'orgs_at_risk')).toBe(before);
  });
});
