import {
  addDays,
  addMonths,
  chinaYear,
  type DeclarationRecord,
  type EvidenceEntry,
  type Notification,
  newEvent,
  type OpenLicence,
  type Push,
  type Royalty,
} from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleRecordOf } from '../support/bundle-input.ts';
import { declarationRecordOf, todayInChina } from '../support/declaration-input.ts';
import { licenceOf } from '../support/licence-input.ts';
import { needOf } from '../support/need-input.ts';
import { proposalOf } from '../support/push-input.ts';
import { createTestApi, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
type LicenceView = OpenLicence & { filingState?: string; dueNowFen: number };
type ErrorBody = { error: { code: string; message: string; details?: { path: string; code: string }[] } };

const LUMP_SUM: Royalty = { method: 'lump_sum', amountFen: 4_800_000 };
const contact = { name: '王经理', phone: '13812345678', email: 'wang@example.cn' };

describe('open licences API', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let year: string;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'admin');
    year = chinaYear(new Date());
  });

  /** A published declaration of `holder`, straight in the store. */
  async function published(
    holder: Member = university,
    royalty: Royalty = LUMP_SUM,
  ): Promise<DeclarationRecord> {
    const record = declarationRecordOf(holder.org.id, { status: 'published', royalty });
    await table.store.declarations.create(record);
    return record;
  }

  const paidNow = (amountFen = LUMP_SUM.method === 'lump_sum' ? LUMP_SUM.amountFen : 0) => ({
    amountFen,
    paidOn: todayInChina(),
    proofReference: `HX${ulid().slice(-10)}`,
  });

  const accept = (token: string, listingId: string, body: Record<string, unknown>, key?: string) =>
    api.request(`/api/listings/${listingId}/licenses`, {
      method: 'POST',
      token,
      json: { startDate: todayInChina(), contact, acceptsTerms: true, ...body },
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  async function evidenceOf(orgId: string): Promise<EvidenceEntry[]> {
    return table.store.evidence.list(orgId, { year });
  }

  const answer = (member: Member, licenceId: string, receiptId: string, body: Record<string, unknown>) =>
    api.request(
      `/api/licenses/${licenceId}/receipts/${receiptId}/${'reason' in body ? 'dispute' : 'confirm'}`,
      {
        method: 'POST',
        token: member.token,
        json: body,
      },
    );

  /** `licensor` confirms every receipt of the licence still waiting for it, one after the other. */
  async function confirmReceipts(licensor: Member, licenceId: string): Promise<LicenceView> {
    let licence = (await (
      await api.request(`/api/licenses/${licenceId}`, { token: licensor.token })
    ).json()) as LicenceView;
    for (const receipt of licence.receipts) {
      if (receipt.licensors.find((s) => s.orgId === licensor.org.id)?.status !== 'pending') continue;
      const res = await answer(licensor, licenceId, receipt.id, { version: licence.version });
      expect(res.status, await res.clone().text()).toBe(200);
      licence = (await res.json()) as LicenceView;
    }
    return licence;
  }

  it('grants 50 concurrent acceptances of one listing to 50 enterprises: exact counters and an intact chain', async () => {
    // Prepare
    const holder = await api.member('university', 'admin');
    const listing = await published(holder);
    const enterprises = await Promise.all(
      Array.from({ length: 50 }, () => api.member('enterprise', 'admin')),
    );
    // Act
    const responses = await Promise.all(
      enterprises.map((e) => accept(e.token, listing.id, { payment: paidNow() })),
    );
    // Assess
    const statuses = await Promise.all(responses.map(async (r) => (r.status === 201 ? 201 : await r.text())));
    expect(statuses).toEqual(enterprises.map(() => 201));
    const licences = (await Promise.all(responses.map((r) => r.json()))) as LicenceView[];
    expect(new Set(licences.map((l) => l.id)).size).toBe(50);
    expect(licences.every((l) => l.status === 'effective' && l.terms.royalty.method === 'lump_sum')).toBe(
      true,
    );
    expect(await table.store.licences.offerCount('listing', listing.id)).toBe(50);
    // The licensees' word alone counts nothing for the licensor
    expect(await table.store.quotas.counts(holder.org.id, year)).toEqual({});
    expect(await evidenceOf(holder.org.id)).toEqual([]);
    await Promise.all(licences.map((l) => confirmReceipts(holder, l.id)));
    const counts = await table.store.quotas.counts(holder.org.id, year);
    expect(counts).toMatchObject({ conversionCount: 50, conversionFen: 50 * 4_800_000 });
    const evidence = await evidenceOf(holder.org.id);
    expect(evidence).toHaveLength(50);
    expect(evidence.every((e) => e.kind === 'open_licence' && e.amountFen === 4_800_000)).toBe(true);
    expect(await table.store.evidence.verify(holder.org.id)).toMatchObject({ ok: true, entries: 50 });
    const one = enterprises[0]!;
    expect(await table.store.quotas.counts(one.org.id, year)).toMatchObject({
      intakeCount: 1,
      intakeFen: 4_800_000,
    });
    const asLicensor = await api.request('/api/licenses?as=licensor&limit=100', { token: holder.token });
    expect(((await asLicensor.json()) as { items: unknown[] }).items).toHaveLength(50);
    // 50 enterprises signing up and taking the licence: about 4 s alone, ten times that on a loaded CI machine.
  }, 180_000);

  it('never grants a licence after the withdrawal is published, when acceptances race it', async () => {
    // Prepare
    const listing = await published();
    const enterprises = await Promise.all(Array.from({ length: 8 }, () => api.member('enterprise', 'admin')));
    const withdrawnAt = new Date().toISOString();
    // Act
    const [withdrawal, ...responses] = await Promise.all([
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 15));
        await table.store.declarations.transition(
          listing,
          {
            ...listing,
            status: 'withdrawn',
            withdrawnAt,
            statusReason: '专利权人决定撤回',
            version: listing.version + 1,
          },
          {
            id: ulid(),
            orgId: university.org.id,
            at: withdrawnAt,
            actorId: 'u',
            action: 'declaration.withdrawn',
            summary: '撤回',
          },
        );
        return Date.now();
      })(),
      ...enterprises.map((e) => accept(e.token, listing.id, { payment: paidNow() })),
    ]);
    const late = await accept((await api.member('enterprise', 'admin')).token, listing.id, {
      payment: paidNow(),
    });
    // Assess
    const granted: LicenceView[] = [];
    for (const res of responses) {
      if (res.status === 201) granted.push((await res.json()) as LicenceView);
      else {
        expect(res.status).toBe(409);
        expect(((await res.json()) as ErrorBody).error.code).toBe('offer_withdrawn');
      }
    }
    expect(granted.every((l) => Date.parse(l.createdAt) <= (withdrawal as number))).toBe(true);
    expect(await table.store.licences.offerCount('listing', listing.id)).toBe(granted.length);
    expect(late.status).toBe(409);
    const body = (await late.json()) as ErrorBody;
    expect(body.error.code).toBe('offer_withdrawn');
    expect(body.error.message).toContain('已撤回');
    expect(body.error.message).toContain('专利权人决定撤回');
  });

  it('replays a retried acceptance with the same key as one licence, and refuses a second live licence naming the first', async () => {
    // Prepare
    const listing = await published();
    const enterprise = await api.member('enterprise', 'admin');
    const key = `accept-${ulid()}`;
    const body = { payment: paidNow() };
    // Act
    const first = await accept(enterprise.token, listing.id, body, key);
    const retry = await accept(enterprise.token, listing.id, body, key);
    const second = await accept(enterprise.token, listing.id, { payment: paidNow() }, `accept-${ulid()}`);
    // Assess
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const licence = (await first.json()) as LicenceView;
    expect(((await retry.json()) as LicenceView).id).toBe(licence.id);
    expect(second.status).toBe(409);
    const refusal = (await second.json()) as ErrorBody;
    expect(refusal.error.code).toBe('licence_held');
    expect(refusal.error.message).toContain(licence.id);
    expect(await table.store.licences.offerCount('listing', listing.id)).toBe(1);
    expect(await table.store.quotas.counts(enterprise.org.id, year)).toMatchObject({ intakeCount: 1 });
  });

  it('answers every issue of a notice at once, each naming its field, and writes nothing', async () => {
    // Prepare
    const listing = await published();
    const enterprise = await api.member('enterprise', 'admin');
    // Act
    const res = await accept(enterprise.token, listing.id, {
      startDate: addDays(todayInChina(), -3),
      payment: { amountFen: 4_000_000, paidOn: addDays(todayInChina(), 2), proofReference: 'HX1' },
    });
    const unticked = await accept(enterprise.token, listing.id, { acceptsTerms: false });
    // Assess
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('acceptance_invalid');
    expect(body.error.details?.map((d) => d.path)).toEqual(
      expect.arrayContaining(['startDate', 'payment.amountFen', 'payment.paidOn']),
    );
    expect(body.error.message).toContain('¥48,000.00');
    expect(unticked.status).toBe(400);
    expect(JSON.stringify(await unticked.json())).toContain('acceptsTerms');
    expect(await table.store.licences.offerCount('listing', listing.id)).toBe(0);
  });

  it('sends the notice before the payment; the payment makes it effective, counts then, and starts the filing clock', async () => {
    // Prepare
    const listing = await published();
    const enterprise = await api.member('enterprise', 'admin');
    const sent = (await (await accept(enterprise.token, listing.id, {})).json()) as LicenceView;
    const noticeBefore = await api.request(`/api/licenses/${sent.id}/notice`, { token: university.token });
    const pay = (token: string, body: unknown) =>
      api.request(`/api/licenses/${sent.id}/payments`, { method: 'POST', token, json: body });
    // Act
    const wrong = await pay(enterprise.token, { ...paidNow(), amountFen: 1 });
    const byLicensor = await pay(university.token, paidNow());
    const paid = await pay(enterprise.token, paidNow());
    const again = await pay(enterprise.token, paidNow());
    // Assess
    expect(sent).toMatchObject({ status: 'notice_sent', dueNowFen: 4_800_000, payments: [] });
    expect(JSON.stringify(await noticeBefore.json())).toContain('尚未登记付款');
    expect(wrong.status).toBe(422);
    expect(((await wrong.json()) as ErrorBody).error.details?.[0]?.path).toBe('amountFen');
    expect(byLicensor.status).toBe(403);
    expect(paid.status).toBe(200);
    const effective = (await paid.json()) as LicenceView;
    expect(effective).toMatchObject({
      status: 'effective',
      effectiveDate: todayInChina(),
      filing: { deadline: addMonths(todayInChina(), 3), remindersSent: [] },
      filingState: 'due',
    });
    expect(again.status).toBe(409);
    expect(await table.store.quotas.counts(enterprise.org.id, year)).toMatchObject({
      intakeCount: 1,
      intakeFen: 4_800_000,
    });
    const notice = await api.request(`/api/licenses/${sent.id}/notice`, { token: enterprise.token });
    const text = JSON.stringify(await notice.json());
    expect(text).toContain('专利开放许可实施书面通知');
    expect(text).toContain(`ZL${listing.patentNumber}`);
  });

  it('credits the agency whose delivered push brought the listing, and refuses a push that was not for this enterprise', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const listing = await published();
    const enterprise = await api.member('enterprise', 'admin');
    const stranger = await api.member('enterprise', 'admin');
    const need = {
      ...needOf(enterprise.org.id, {}, { collectedBy: { orgId: agency.org.id, userId: agency.user.id } }),
      status: 'open' as const,
    };
    await table.store.needs.create(need);
    const proposal = proposalOf(agency.org.id, {
      needId: need.id,
      enterpriseOrgId: enterprise.org.id,
      enterpriseName: enterprise.org.name,
      listingId: listing.id,
    });
    await table.store.proposals.upsert([proposal], new Date());
    const approved = await api.request(`/api/proposals/${proposal.id}/approve`, {
      method: 'POST',
      token: agency.token,
      json: {},
    });
    expect(approved.status, await approved.clone().text()).toBe(201);
    const push = await table.store.pushes.deliver(((await approved.json()) as Push).id, new Date());
    // Act
    const foreign = await accept(stranger.token, listing.id, { payment: paidNow(), pushId: push.id });
    const res = await accept(enterprise.token, listing.id, { payment: paidNow(), pushId: push.id });
    const asBroker = await api.request(`/api/licenses?as=broker`, { token: agency.token });
    // Assess
    expect(foreign.status).toBe(422);
    expect(((await foreign.json()) as ErrorBody).error.details?.[0]?.path).toBe('pushId');
    expect(res.status).toBe(201);
    const licence = (await res.json()) as LicenceView;
    expect(licence).toMatchObject({ brokerOrgId: agency.org.id, source: { kind: 'push', pushId: push.id } });
    // The broker counts once the university licensor confirms it received the payment
    expect((await table.store.quotas.counts(agency.org.id, year)).brokeredCount).toBeUndefined();
    await confirmReceipts(university, licence.id);
    expect(await table.store.quotas.counts(agency.org.id, year)).toMatchObject({
      brokeredCount: 1,
      brokeredFen: 4_800_000,
    });
    expect((await evidenceOf(agency.org.id)).filter((e) => e.kind === 'open_licence')).toHaveLength(1);
    expect(((await asBroker.json()) as { items: LicenceView[] }).items.map((l) => l.id)).toEqual([
      licence.id,
    ]);
    const hidden = await api.request(`/api/licenses/${licence.id}`, { token: stranger.token });
    expect(hidden.status).toBe(404);
  });

  it('credits the park whose matchmaking event the enterprise attended, and refuses an event it did not attend', async () => {
    // Prepare
    const park = await api.member('park', 'admin');
    const listing = await published();
    const [enterprise, absent] = [
      await api.member('enterprise', 'admin'),
      await api.member('enterprise', 'admin'),
    ];
    const at = new Date().toISOString();
    const event = {
      ...newEvent(
        {
          title: '新能源电池产业链专利对接会',
          industryChain: '先进储能材料',
          date: todayInChina(),
          place: '长沙',
        },
        { orgId: park.org.id, name: park.org.name, type: 'park' },
        { id: ulid(), userId: park.user.id, at },
      ),
      attendance: { orgIds: [enterprise.org.id], recordedAt: at, recordedBy: park.user.id },
    };
    await table.store.events.create(event, {
      id: ulid(),
      orgId: park.org.id,
      at,
      actorId: park.user.id,
      action: 'event.created',
      summary: '创建活动',
    });
    // Act
    const refused = await accept(absent.token, listing.id, { payment: paidNow(), eventId: event.id });
    const res = await accept(enterprise.token, listing.id, { payment: paidNow(), eventId: event.id });
    // Assess
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ErrorBody).error.details?.[0]?.path).toBe('eventId');
    expect(res.status, await res.clone().text()).toBe(201);
    const taken = (await res.json()) as LicenceView;
    expect(taken).toMatchObject({
      brokerOrgId: park.org.id,
      brokerName: park.org.name,
      source: { kind: 'event', eventId: event.id },
    });
    await confirmReceipts(university, taken.id);
    expect(await table.store.quotas.counts(park.org.id, year)).toMatchObject({
      brokeredCount: 1,
      brokeredFen: 4_800_000,
    });
  });

  it('records the filing by either party, lists overdue filings for the parties and the IP office', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const office = await api.member('ip_office', 'admin');
    const overdue = licenceOf(
      { effectiveDate: addDays(addMonths(todayInChina(), -3), -5) },
      { licenseeOrgId: enterprise.org.id, licensorOrgId: university.org.id },
    );
    const current = licenceOf({}, { licenseeOrgId: enterprise.org.id, licensorOrgId: university.org.id });
    await table.store.licences.take(overdue, [], []);
    await table.store.licences.take(current, [], []);
    const file = (token: string, id: string, body: unknown) =>
      api.request(`/api/licenses/${id}/filing`, { method: 'POST', token, json: body });
    // Act
    const own = await api.request('/api/licenses/filings?due=overdue', { token: enterprise.token });
    const all = await api.request('/api/licenses/filings?due=overdue', { token: office.token });
    const future = await file(university.token, current.id, {
      filingNumber: 'BA2026-0001',
      filedOn: addDays(todayInChina(), 1),
    });
    const filed = await file(university.token, current.id, {
      filingNumber: 'BA2026-0001',
      filedOn: todayInChina(),
    });
    const twice = await file(enterprise.token, current.id, {
      filingNumber: 'BA2026-0002',
      filedOn: todayInChina(),
    });
    // Assess
    const ownIds = ((await own.json()) as { items: LicenceView[] }).items.map((l) => l.id);
    expect(ownIds).toEqual([overdue.id]);
    const allItems = ((await all.json()) as { items: LicenceView[] }).items;
    expect(allItems.map((l) => l.id)).toContain(overdue.id);
    expect(allItems.every((l) => l.filingState === 'overdue')).toBe(true);
    expect(future.status).toBe(422);
    expect(((await future.json()) as ErrorBody).error.details?.[0]?.path).toBe('filedOn');
    expect(filed.status).toBe(200);
    expect(await filed.json()).toMatchObject({
      status: 'filed',
      filing: { filingNumber: 'BA2026-0001' },
      filingState: 'filed',
    });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as ErrorBody).error.message).toContain('BA2026-0001');
  });

  it('turns a sales report into the royalty due and counts its payment with evidence', async () => {
    // Prepare
    const holder = await api.member('university', 'admin');
    const listing = await published(holder, { method: 'running_royalty', base: 'net_sales', ratePercent: 3 });
    const enterprise = await api.member('enterprise', 'admin');
    const licence = (await (await accept(enterprise.token, listing.id, {})).json()) as LicenceView;
    const report = (body: unknown) =>
      api.request(`/api/licenses/${licence.id}/royalty-reports`, {
        method: 'POST',
        token: enterprise.token,
        json: body,
      });
    const day = todayInChina();
    // Act
    const missing = await report({ periodStart: day, periodEnd: day, units: 5 });
    const created = await report({ periodStart: day, periodEnd: day, netSalesFen: 100_000_000 });
    const overlap = await report({ periodStart: day, periodEnd: day, netSalesFen: 1 });
    const { report: stored } = (await created.clone().json()) as {
      report: { id: string; amountDueFen: number };
    };
    const pay = await api.request(`/api/licenses/${licence.id}/royalty-reports/${stored.id}/payment`, {
      method: 'POST',
      token: enterprise.token,
      json: { paidOn: day, proofReference: 'TC2026001' },
    });
    const payAgain = await api.request(`/api/licenses/${licence.id}/royalty-reports/${stored.id}/payment`, {
      method: 'POST',
      token: enterprise.token,
      json: { paidOn: day, proofReference: 'TC2026002' },
    });
    // Assess
    expect(licence.status).toBe('effective');
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as ErrorBody).error.details?.map((d) => d.path)).toContain('netSalesFen');
    expect(created.status).toBe(201);
    expect(stored.amountDueFen).toBe(3_000_000);
    expect(overlap.status).toBe(422);
    expect(pay.status).toBe(200);
    expect(payAgain.status).toBe(409);
    expect(await table.store.quotas.counts(holder.org.id, year)).toEqual({});
    await confirmReceipts(holder, licence.id);
    expect(await table.store.quotas.counts(holder.org.id, year)).toMatchObject({
      conversionCount: 1,
      conversionFen: 3_000_000,
    });
    const evidence = await evidenceOf(holder.org.id);
    expect(evidence.map((e) => [e.kind, e.amountFen])).toEqual([
      ['open_licence', 0],
      ['royalty_paid', 3_000_000],
    ]);
    expect(await table.store.evidence.verify(holder.org.id)).toMatchObject({ ok: true });
  });

  it('licenses a published bundle as a whole: the amount is shared evenly between university holders, the remainder to the first', async () => {
    // Prepare
    const park = await api.member('park', 'admin');
    const [first, second] = [
      await api.member('university', 'admin'),
      await api.member('university', 'admin'),
    ];
    const bundle = bundleRecordOf(
      { id: park.org.id, name: park.org.name, type: 'park' },
      [
        { number: randomPatentNumber(), holderOrgId: first.org.id, holderName: first.org.name },
        { number: randomPatentNumber(), holderOrgId: second.org.id, holderName: second.org.name },
      ],
      {
        consented: true,
        overrides: { status: 'published', royalty: { method: 'lump_sum', amountFen: 60_000_001 } },
      },
    );
    await table.store.bundles.create(bundle, []);
    const enterprise = await api.member('enterprise', 'admin');
    // Act
    const res = await api.request(`/api/bundles/${bundle.id}/licenses`, {
      method: 'POST',
      token: enterprise.token,
      json: { startDate: todayInChina(), contact, acceptsTerms: true, payment: paidNow(60_000_001) },
    });
    const byHolder = await api.request(`/api/bundles/${bundle.id}/licenses`, {
      method: 'POST',
      token: first.token,
      json: { startDate: todayInChina(), contact, acceptsTerms: true },
    });
    // Assess
    expect(res.status, await res.clone().text()).toBe(201);
    const licence = (await res.json()) as LicenceView;
    expect(licence.offer).toMatchObject({
      kind: 'bundle',
      id: bundle.id,
      patentNumbers: bundle.members.map((m) => m.patentNumber),
    });
    expect(licence.licensors.map((p) => p.orgId)).toEqual([first.org.id, second.org.id]);
    await confirmReceipts(first, licence.id);
    expect(await table.store.quotas.counts(second.org.id, year)).toEqual({});
    await confirmReceipts(second, licence.id);
    expect(await table.store.quotas.counts(first.org.id, year)).toMatchObject({
      conversionCount: 1,
      conversionFen: 30_000_001,
    });
    expect(await table.store.quotas.counts(second.org.id, year)).toMatchObject({
      conversionCount: 1,
      conversionFen: 30_000_000,
    });
    expect(await table.store.licences.offerCount('bundle', bundle.id)).toBe(1);
    expect(byHolder.status).toBe(403);
  });

  it('counts a recorded payment for the licensor only once it confirms receipt; a dispute with its reason is evidence on both trails and the licence stays effective', async () => {
    // Prepare
    const holder = await api.member('university', 'admin');
    const listing = await published(holder);
    const enterprise = await api.member('enterprise', 'admin');
    const taken = (await (
      await accept(enterprise.token, listing.id, { payment: paidNow() })
    ).json()) as LicenceView;
    const receipt = taken.receipts[0]!;
    expect(taken.receipts).toHaveLength(1);
    expect(receipt).toMatchObject({
      kind: 'open_licence',
      amountFen: 4_800_000,
      licensors: [{ orgId: holder.org.id, status: 'pending', amountFen: 4_800_000 }],
    });
    // Act: the licensee cannot confirm for the licensor; the licensor disputes without, then with, a reason
    const byLicensee = await answer(enterprise, taken.id, receipt.id, { version: taken.version });
    const noReason = await api.request(`/api/licenses/${taken.id}/receipts/${receipt.id}/dispute`, {
      method: 'POST',
      token: holder.token,
      json: { version: taken.version },
    });
    const disputed = await answer(holder, taken.id, receipt.id, {
      version: taken.version,
      reason: '未收到该笔款项',
    });
    // Assess
    expect(byLicensee.status).toBe(403);
    expect(noReason.status).toBe(400);
    expect(disputed.status, await disputed.clone().text()).toBe(200);
    const afterDispute = (await disputed.json()) as LicenceView;
    expect(afterDispute).toMatchObject({
      status: 'effective',
      receipts: [{ licensors: [{ status: 'disputed', reason: '未收到该笔款项' }] }],
    });
    expect(await table.store.quotas.counts(holder.org.id, year)).toEqual({});
    expect(await table.store.quotas.counts(enterprise.org.id, year)).toMatchObject({
      intakeCount: 1,
      intakeFen: 4_800_000,
    });
    for (const member of [holder, enterprise]) {
      const disputes = (await evidenceOf(member.org.id)).filter((e) => e.kind === 'payment_disputed');
      expect(disputes).toHaveLength(1);
      expect(disputes[0]!.summary).toContain('未收到该笔款项');
    }
    // Act: the money arrives after all; the licensor confirms, twice
    const confirmed = await answer(holder, taken.id, receipt.id, { version: afterDispute.version });
    const twice = await answer(holder, taken.id, receipt.id, { version: afterDispute.version });
    // Assess: counted once, with its evidence; no dispute once confirmed
    expect(confirmed.status).toBe(200);
    expect(twice.status).toBe(200);
    expect(await table.store.quotas.counts(holder.org.id, year)).toMatchObject({
      conversionCount: 1,
      conversionFen: 4_800_000,
    });
    expect((await evidenceOf(holder.org.id)).filter((e) => e.kind === 'open_licence')).toHaveLength(1);
    const late = await answer(holder, taken.id, receipt.id, {
      version: ((await twice.json()) as LicenceView).version,
      reason: '再次异议',
    });
    expect(late.status).toBe(409);
    expect(await table.store.evidence.verify(holder.org.id)).toMatchObject({ ok: true });
  });

  it('documents every licence route in the OpenAPI document', async () => {
    // Act
    const doc = (await (await api.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    // Assess
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/listings/{id}/licenses',
        '/bundles/{id}/licenses',
        '/licenses',
        '/licenses/filings',
        '/licenses/{id}',
        '/licenses/{id}/notice',
        '/licenses/{id}/payments',
        '/licenses/{id}/filing',
        '/licenses/{id}/royalty-reports',
        '/licenses/{id}/royalty-reports/{reportId}/payment',
        '/licenses/{id}/receipts/{receiptId}/confirm',
        '/licenses/{id}/receipts/{receiptId}/dispute',
        '/notifications',
      ]),
    );
  });

  it('shows the licensee its notifications newest first', async () => {
    // Prepare
    const enterprise = await api.member('enterprise', 'admin');
    const licence = licenceOf({}, { licenseeOrgId: enterprise.org.id });
    await table.store.licences.take(licence, [], []);
    const note = (at: string): Notification => ({
      id: ulid(),
      orgId: enterprise.org.id,
      kind: 'filing_reminder',
      title: `备案提醒 ${at}`,
      body: '请备案',
      subjectId: licence.id,
      createdAt: at,
      emailed: false,
    });
    const current = (await table.store.licences.get(licence.id))!;
    await table.store.licences.remind(current, 30, note('2026-11-01T00:00:00.000Z'));
    await table.store.licences.remind(
      (await table.store.licences.get(licence.id))!,
      7,
      note('2026-11-20T00:00:00.000Z'),
    );
    // Act
    const res = await api.request('/api/notifications', { token: enterprise.token });
    const other = await api.request('/api/notifications', { token: university.token });
    const forged = Buffer.from('{"pk":1}').toString('base64url');
    const badCursor = await api.request(`/api/licenses?as=licensee&cursor=${forged}`, {
      token: enterprise.token,
    });
    // Assess
    const { items } = (await res.json()) as { items: Notification[] };
    expect(items.map((n) => n.createdAt)).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-01T00:00:00.000Z']);
    expect(((await other.json()) as { items: unknown[] }).items).toEqual([]);
    expect(badCursor.status).toBe(400);
    expect(((await badCursor.json()) as ErrorBody).error.code).toBe('invalid_cursor');
  });
});
