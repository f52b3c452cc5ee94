import {
  chinaYear,
  type DeclarationRecord,
  isoDateInChina,
  PatentInputSchema,
  toPatent,
} from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../support/declaration-input.ts';
import { proposalOf } from '../support/push-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

interface DealBody {
  id: string;
  stage: string;
  version: number;
  nextStages: string[];
  patents: { number: string }[];
  acquirer: { orgId: string };
  suppliers: { orgId: string }[];
  broker?: { orgId: string };
  source: Record<string, string>;
  listingId?: string;
  decline?: { reason: string; text?: string };
  amountFen?: number;
  recordableStages: string[];
  parties: { orgId: string; status: string; roles: string[]; reason?: string; counted: boolean }[];
}

describe('deals and events API', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let enterprise: Member;
  let agency: Member;
  let office: Member;
  let year: string;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    [university, enterprise, agency, office] = await Promise.all([
      api.member('university', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('agency', 'admin'),
      api.member('ip_office', 'admin'),
    ]);
    year = chinaYear(new Date());
  });

  /** A patent in the university's ledger. */
  async function patent(holder: Member = university): Promise<string> {
    const number = randomPatentNumber();
    const input = PatentInputSchema.parse(
      patentInput(number, { patentees: [{ name: holder.org.name, orgId: holder.org.id }] }),
    );
    await table.store.patents.create(toPatent(input, holder.org.id, new Date().toISOString()));
    return number;
  }

  /** A declaration of `number` moved to submitted or published as the review does (taking the patent's slot). */
  async function declare(number: string, status: 'submitted' | 'published'): Promise<DeclarationRecord> {
    const draft = declarationRecordOf(university.org.id, { status: 'draft' }, number);
    await table.store.declarations.create(draft);
    const audit = () => ({
      id: ulid(),
      orgId: university.org.id,
      at: new Date().toISOString(),
      actorId: 'test',
      action: 'declaration.test',
      summary: 'test',
    });
    const submitted = { ...draft, status: 'submitted' as const, version: 2 };
    await table.store.declarations.transition(draft, submitted, audit());
    if (status === 'submitted') return submitted;
    const published = { ...submitted, status: 'published' as const, version: 3 };
    await table.store.declarations.transition(submitted, published, audit());
    return published;
  }

  const post = (path: string, token: string, json: unknown, key?: string) =>
    api.request(path, {
      method: 'POST',
      token,
      json,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });

  async function createDeal(token: string, body: Record<string, unknown>): Promise<DealBody> {
    const res = await post('/api/deals', token, body);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as DealBody;
  }

  async function move(token: string, deal: DealBody, body: Record<string, unknown>) {
    return post(`/api/deals/${deal.id}/stage`, token, { version: deal.version, ...body });
  }

  async function moveOk(token: string, deal: DealBody, body: Record<string, unknown>): Promise<DealBody> {
    const res = await move(token, deal, body);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as DealBody;
  }

  const counts = (member: Member) => table.store.quotas.counts(member.org.id, year);

  /** The caller's organisation confirms its part of `deal` (at its current version). */
  async function confirm(member: Member, deal: DealBody): Promise<DealBody> {
    const res = await post(`/api/deals/${deal.id}/confirm`, member.token, { version: deal.version });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as DealBody;
  }

  const dealSigned = async (member: Member, dealId: string) =>
    (await table.store.evidence.list(member.org.id, { kind: 'deal_signed' })).filter(
      (e) => e.subjectId === dealId,
    );

  it('refuses an exclusive or sole licence of an open-licensed patent with 409 naming it, and allows an ordinary one', async () => {
    // Prepare
    const number = await patent();
    await declare(number, 'published');
    const body = {
      supplierOrgIds: [university.org.id],
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [number],
    };
    // Act
    const exclusive = await post('/api/deals', agency.token, {
      ...body,
      kind: 'exclusive_license',
      brokerOrgId: agency.org.id,
    });
    const sole = await post('/api/deals', enterprise.token, { ...body, kind: 'sole_license' });
    const ordinary = await post('/api/deals', enterprise.token, { ...body, kind: 'ordinary_license' });
    // Assess
    expect(exclusive.status).toBe(409);
    const { error } = await exclusive.json();
    expect(error.code).toBe('open_licence_published');
    expect(error.message).toContain(number);
    expect(error.message).toContain('请先撤回开放许可声明');
    expect(error.message).toContain('withdraw it');
    expect(error.details).toEqual({ patentNumbers: [number] });
    expect(sole.status).toBe(409);
    expect(ordinary.status).toBe(201);
    expect(await ordinary.json()).toMatchObject({
      stage: 'lead',
      suppliers: [{ orgId: university.org.id, type: 'university' }],
      nextStages: ['contacted', 'declined'],
    });
  });

  it('refuses signing an exclusive licence once the patent’s open licence was published after the deal began', async () => {
    // Prepare: an exclusive deal while the declaration is only submitted
    const number = await patent();
    const submitted = await declare(number, 'submitted');
    let deal = await createDeal(agency.token, {
      kind: 'exclusive_license',
      acquirerOrgId: enterprise.org.id,
      brokerOrgId: agency.org.id,
      patentNumbers: [number],
      stage: 'negotiating',
    });
    const published = { ...submitted, status: 'published' as const, version: submitted.version + 1 };
    await table.store.declarations.transition(submitted, published, {
      id: ulid(),
      orgId: university.org.id,
      at: new Date().toISOString(),
      actorId: 'office',
      action: 'declaration.published',
      summary: 'test',
    });
    const before = await counts(enterprise);
    // Act
    const res = await move(enterprise.token, deal, {
      to: 'signed',
      amountFen: 30_000_000,
      licenceEnd: '2030-12-31',
    });
    // Assess
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('open_licence_published');
    deal = (await (await api.request(`/api/deals/${deal.id}`, { token: agency.token })).json()) as DealBody;
    expect(deal.stage).toBe('negotiating');
    expect(await counts(enterprise)).toEqual(before);
  });

  it('moves a deal one stage at a time, each step by whom it belongs to, and counts it for each party once that party confirms', async () => {
    // Prepare
    const number = await patent();
    const [uniBefore, entBefore, agBefore] = await Promise.all([
      counts(university),
      counts(enterprise),
      counts(agency),
    ]);
    let deal = await createDeal(agency.token, {
      kind: 'transfer',
      acquirerOrgId: enterprise.org.id,
      brokerOrgId: agency.org.id,
      patentNumbers: [`ZL${number}`],
    });
    // Act and assess: skipping a stage, a stale version, signing without an amount
    const skip = await move(enterprise.token, deal, { to: 'signed', amountFen: 1 });
    expect(skip.status).toBe(409);
    expect((await skip.json()).error).toMatchObject({
      code: 'deal_stage',
      message: expect.stringContaining('“线索”变为“已签约”'),
    });
    deal = await moveOk(agency.token, deal, { to: 'contacted' });
    const stale = await post(`/api/deals/${deal.id}/stage`, agency.token, { to: 'negotiating', version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe('stale_version');
    deal = await moveOk(university.token, deal, { to: 'negotiating', note: '价格已谈妥' });
    const brokerSigns = await move(agency.token, deal, { to: 'signed', amountFen: 1 });
    expect(brokerSigns.status).toBe(403);
    expect((await brokerSigns.json()).error).toMatchObject({
      code: 'step_not_allowed',
      message: expect.stringContaining('“已签约”只能由供方或受让方/被许可方登记'),
    });
    const noAmount = await move(enterprise.token, deal, { to: 'signed' });
    expect(noAmount.status).toBe(422);
    expect((await noAmount.json()).error.code).toBe('amount_required');
    const outsider = await api.member('agency', 'admin');
    const foreign = await move(outsider.token, deal, { to: 'signed', amountFen: 1 });
    expect(foreign.status).toBe(404);
    deal = await moveOk(enterprise.token, deal, { to: 'signed', amountFen: 150_000_000 });
    expect(deal).toMatchObject({
      stage: 'signed',
      amountFen: 150_000_000,
      nextStages: ['filed', 'declined'],
      recordableStages: ['filed', 'declined'],
    });
    // Signing by the enterprise credits nobody, the enterprise included, until each confirms
    const delta = async (member: Member, before: Record<string, number>, name: string) =>
      ((await counts(member))[name] ?? 0) - (before[name] ?? 0);
    expect(await delta(enterprise, entBefore, 'intakeCount')).toBe(0);
    expect(await delta(university, uniBefore, 'conversionCount')).toBe(0);
    expect(await delta(agency, agBefore, 'brokeredCount')).toBe(0);
    const locked = await move(university.token, deal, { to: 'filed', amountFen: 1 });
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.code).toBe('amount_locked');
    const brokerFiles = await move(agency.token, deal, { to: 'filed', filingNumber: '2026430000123' });
    expect(brokerFiles.status).toBe(403);
    deal = await moveOk(university.token, deal, { to: 'filed', filingNumber: '2026430000123' });
    const supplierImplements = await move(university.token, deal, { to: 'implemented' });
    expect(supplierImplements.status).toBe(403);
    deal = await moveOk(enterprise.token, deal, { to: 'implemented' });
    const after = await move(agency.token, deal, { to: 'declined', decline: { reason: 'price' } });
    expect(after.status).toBe(409);
    deal = await confirm(enterprise, deal);
    deal = await confirm(university, deal);
    deal = await confirm(agency, deal);
    expect(deal.parties.map((p) => [p.orgId, p.status, p.counted])).toEqual(
      expect.arrayContaining([
        [university.org.id, 'confirmed', true],
        [enterprise.org.id, 'confirmed', true],
        [agency.org.id, 'confirmed', true],
      ]),
    );
    // Counted once, each with its own confirmation
    expect(await delta(enterprise, entBefore, 'intakeCount')).toBe(1);
    expect(await delta(enterprise, entBefore, 'intakeFen')).toBe(150_000_000);
    expect(await delta(university, uniBefore, 'conversionCount')).toBe(1);
    expect(await delta(university, uniBefore, 'conversionFen')).toBe(150_000_000);
    expect(await delta(agency, agBefore, 'brokeredCount')).toBe(1);
    expect(await delta(agency, agBefore, 'brokeredFen')).toBe(150_000_000);
    for (const member of [enterprise, university, agency]) {
      const entries = await dealSigned(member, deal.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ amountFen: 150_000_000, data: { dealId: deal.id } });
      expect(await table.store.evidence.verify(member.org.id)).toMatchObject({ ok: true });
    }
    const read = await api.request(`/api/deals/${deal.id}`, { token: office.token });
    expect(((await read.json()) as { history: { stage: string }[] }).history.map((h) => h.stage)).toEqual([
      'lead',
      'contacted',
      'negotiating',
      'signed',
      'filed',
      'implemented',
    ]);
  });

  it('counts a party that confirmed before signing once, at the signing, when two parties sign the same version at the same moment', async () => {
    // Prepare: the enterprise confirms the negotiated amount before anyone signs
    let deal = await createDeal(university.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      brokerOrgId: agency.org.id,
      patentNumbers: [await patent()],
      stage: 'negotiating',
      amountFen: 20_000_000,
    });
    deal = await confirm(enterprise, deal);
    const [entBefore, uniBefore] = await Promise.all([counts(enterprise), counts(university)]);
    // Act
    const [a, b] = await Promise.all([
      move(enterprise.token, deal, { to: 'signed' }),
      move(university.token, deal, { to: 'signed' }),
    ]);
    // Assess: the enterprise counted once; the university, which has not confirmed, not at all
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const after = await counts(enterprise);
    expect((after.intakeCount ?? 0) - (entBefore.intakeCount ?? 0)).toBe(1);
    expect((after.intakeFen ?? 0) - (entBefore.intakeFen ?? 0)).toBe(20_000_000);
    expect(await counts(university)).toEqual(uniBefore);
    deal = (await (await api.request(`/api/deals/${deal.id}`, { token: agency.token })).json()) as DealBody;
    expect(deal).toMatchObject({ stage: 'signed', version: 3 });
    expect(await dealSigned(enterprise, deal.id)).toHaveLength(1);
    expect(await dealSigned(university, deal.id)).toHaveLength(0);
    expect(await dealSigned(agency, deal.id)).toHaveLength(0);
  });

  it('does not let a party move another party’s counter: an enterprise records and signs alone, and each counts only on its own confirmation', async () => {
    // Prepare
    const [uniBefore, entBefore, agBefore] = await Promise.all([
      counts(university),
      counts(enterprise),
      counts(agency),
    ]);
    const evidenceBefore = await Promise.all(
      [university, agency].map((m) => table.store.evidence.list(m.org.id)),
    );
    // Act: the enterprise names the university and the agency, and signs
    let deal = await createDeal(enterprise.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      brokerOrgId: agency.org.id,
      patentNumbers: [await patent()],
      stage: 'negotiating',
    });
    deal = await moveOk(enterprise.token, deal, { to: 'signed', amountFen: 80_000_000 });
    // Assess: nobody else's counters or evidence moved
    expect(await counts(university)).toEqual(uniBefore);
    expect(await counts(agency)).toEqual(agBefore);
    expect(await counts(enterprise)).toEqual(entBefore);
    const evidenceAfterSigning = await Promise.all(
      [university, agency].map((m) => table.store.evidence.list(m.org.id)),
    );
    expect(evidenceAfterSigning.map((e) => e.length)).toEqual(evidenceBefore.map((e) => e.length));
    expect(deal.parties.map((p) => p.status)).toEqual(['unconfirmed', 'unconfirmed', 'unconfirmed']);
    // A party cannot confirm for another: the enterprise's confirmation counts only for itself
    deal = await confirm(enterprise, deal);
    expect(await counts(university)).toEqual(uniBefore);
    expect(await counts(agency)).toEqual(agBefore);
    // Act: the university confirms
    deal = await confirm(university, deal);
    // Assess: only the university's counter moved with it, with its own evidence
    const uni = await counts(university);
    expect((uni.conversionCount ?? 0) - (uniBefore.conversionCount ?? 0)).toBe(1);
    expect((uni.conversionFen ?? 0) - (uniBefore.conversionFen ?? 0)).toBe(80_000_000);
    expect(await counts(agency)).toEqual(agBefore);
    expect(await dealSigned(university, deal.id)).toEqual([
      expect.objectContaining({ amountFen: 80_000_000, data: expect.objectContaining({ role: 'supplier' }) }),
    ]);
    expect(await dealSigned(agency, deal.id)).toHaveLength(0);
    expect(deal.parties.find((p) => p.orgId === agency.org.id)).toMatchObject({ status: 'unconfirmed' });
    // Confirming again counts nothing more
    const again = await post(`/api/deals/${deal.id}/confirm`, university.token, { version: 1 });
    expect(again.status).toBe(200);
    expect(await counts(university)).toEqual(uni);
    expect(await dealSigned(university, deal.id)).toHaveLength(1);
  });

  it('counts once when a party confirms twice at the same moment', async () => {
    // Prepare
    let deal = await createDeal(enterprise.token, {
      kind: 'transfer',
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [await patent()],
      stage: 'negotiating',
    });
    deal = await moveOk(enterprise.token, deal, { to: 'signed', amountFen: 5_000_000 });
    const before = await counts(university);
    // Act
    const answers = await Promise.all([
      post(`/api/deals/${deal.id}/confirm`, university.token, { version: deal.version }),
      post(`/api/deals/${deal.id}/confirm`, university.token, { version: deal.version }),
    ]);
    // Assess
    expect(answers.map((r) => r.status)).toContain(200);
    const after = await counts(university);
    expect((after.conversionCount ?? 0) - (before.conversionCount ?? 0)).toBe(1);
    expect(await dealSigned(university, deal.id)).toHaveLength(1);
  });

  it('records a party declining with its reason on every party’s trail, counts nothing for it, and resets answers when the amount changes', async () => {
    // Prepare
    let deal = await createDeal(enterprise.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      brokerOrgId: agency.org.id,
      patentNumbers: [await patent()],
      stage: 'negotiating',
      amountFen: 10_000_000,
    });
    deal = await confirm(university, deal);
    // Act: the amount changes after the university confirmed
    deal = await moveOk(enterprise.token, deal, { to: 'signed', amountFen: 12_000_000 });
    // Assess: its answer was for the old amount, so nothing counted and it must answer again
    expect(deal.parties.find((p) => p.orgId === university.org.id)).toMatchObject({ status: 'unconfirmed' });
    expect(await dealSigned(university, deal.id)).toHaveLength(0);
    // Act: the agency declines without a reason, then with one
    const noReason = await post(`/api/deals/${deal.id}/dispute`, agency.token, { version: deal.version });
    const before = await counts(agency);
    const res = await post(`/api/deals/${deal.id}/dispute`, agency.token, {
      version: deal.version,
      reason: '本机构未参与该交易的撮合',
    });
    // Assess
    expect(noReason.status).toBe(400);
    expect(JSON.stringify((await noReason.json()).error.details)).toContain('reason');
    expect(res.status).toBe(200);
    deal = (await res.json()) as DealBody;
    expect(deal.parties.find((p) => p.orgId === agency.org.id)).toMatchObject({
      status: 'disputed',
      reason: '本机构未参与该交易的撮合',
      counted: false,
    });
    expect(await counts(agency)).toEqual(before);
    for (const member of [agency, enterprise, university]) {
      const disputes = (await table.store.evidence.list(member.org.id, { kind: 'deal_disputed' })).filter(
        (e) => e.subjectId === deal.id,
      );
      expect(disputes).toHaveLength(1);
      expect(disputes[0]!.summary).toContain('本机构未参与该交易的撮合');
      expect(await table.store.evidence.verify(member.org.id)).toMatchObject({ ok: true });
    }
    // A party that confirmed and counted cannot dispute afterwards
    deal = await confirm(enterprise, deal);
    const late = await post(`/api/deals/${deal.id}/dispute`, enterprise.token, {
      version: deal.version,
      reason: '改变主意',
    });
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe('already_confirmed');
  });

  it('declines a deal with a structured reason, naming the field when it is missing', async () => {
    // Prepare
    const deal = await createDeal(enterprise.token, {
      kind: 'equity',
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [await patent()],
    });
    // Act
    const missing = await move(enterprise.token, deal, { to: 'declined' });
    const otherWithoutText = await move(enterprise.token, deal, {
      to: 'declined',
      decline: { reason: 'other' },
    });
    const declined = await moveOk(university.token, deal, {
      to: 'declined',
      decline: { reason: 'maturity', text: '中试尚未完成' },
    });
    // Assess
    expect(missing.status).toBe(422);
    expect((await missing.json()).error.details).toEqual([{ path: 'decline', message: expect.any(String) }]);
    expect(otherWithoutText.status).toBe(400);
    expect(JSON.stringify((await otherWithoutText.json()).error.details)).toContain('decline.text');
    expect(declined).toMatchObject({
      stage: 'declined',
      decline: { reason: 'maturity', text: '中试尚未完成' },
      nextStages: [],
    });
  });

  it('shows a push lead in the pipeline and takes it into a deal once, filled from the lead', async () => {
    // Prepare: the agency pushes the university's listing; the enterprise answers "interested"
    const number = await patent();
    const listing = declarationRecordOf(university.org.id, { status: 'published' }, number);
    await table.store.declarations.create(listing);
    const input = proposalOf(agency.org.id, { enterpriseOrgId: enterprise.org.id, listingId: listing.id });
    await table.store.proposals.upsert([input], new Date());
    const proposal = await table.store.proposals.get(agency.org.id, input.id);
    const push = await table.store.pushes.approve({
      proposal: proposal!,
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
    const leadId = answered.leadId!;
    const pipeline = await api.request('/api/deals?stage=lead', { token: agency.token });
    expect(((await pipeline.json()) as { leads: { id: string }[] }).leads.map((l) => l.id)).toContain(leadId);
    // Act
    const key = `deal-${ulid()}`;
    const res = await post(
      '/api/deals',
      agency.token,
      { kind: 'ordinary_license', source: { kind: 'push', leadId } },
      key,
    );
    const replay = await post(
      '/api/deals',
      agency.token,
      { kind: 'ordinary_license', source: { kind: 'push', leadId } },
      key,
    );
    const again = await post('/api/deals', enterprise.token, {
      kind: 'ordinary_license',
      source: { kind: 'push', leadId },
    });
    // Assess
    expect(res.status, await res.clone().text()).toBe(201);
    const deal = (await res.json()) as DealBody;
    expect(deal).toMatchObject({
      stage: 'lead',
      acquirer: { orgId: enterprise.org.id },
      suppliers: [{ orgId: university.org.id }],
      broker: { orgId: agency.org.id },
      patents: [{ number }],
      listingId: listing.id,
      source: { kind: 'push', leadId, pushId: push.id },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('lead_converted');
    const after = await api.request('/api/deals', { token: enterprise.token });
    const list = (await after.json()) as { items: DealBody[]; leads: { id: string }[] };
    expect(list.leads.map((l) => l.id)).not.toContain(leadId);
    expect(list.items.map((d) => d.id)).toContain(deal.id);
  });

  it('keeps a deal to its parties, its broker and the IP office', async () => {
    // Prepare
    const deal = await createDeal(university.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [await patent()],
    });
    const stranger = await api.member('enterprise', 'admin');
    // Act
    const theirs = await api.request(`/api/deals/${deal.id}`, { token: stranger.token });
    const officeRead = await api.request(`/api/deals/${deal.id}`, { token: office.token });
    const officeList = await api.request(`/api/deals?year=${year}&limit=200`, { token: office.token });
    const notParty = await post('/api/deals', stranger.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [await patent()],
    });
    const unknownPatent = await post('/api/deals', enterprise.token, {
      kind: 'ordinary_license',
      acquirerOrgId: enterprise.org.id,
      patentNumbers: [randomPatentNumber()],
    });
    // Assess
    expect(theirs.status).toBe(404);
    expect(officeRead.status).toBe(200);
    expect(((await officeList.json()) as { items: DealBody[] }).items.map((d) => d.id)).toContain(deal.id);
    expect(notParty.status).toBe(403);
    expect((await notParty.json()).error.code).toBe('not_a_party');
    expect(unknownPatent.status).toBe(422);
    expect((await unknownPatent.json()).error.details[0].path).toBe('patentNumbers.0');
  });

  describe('matchmaking events', () => {
    const today = () => isoDateInChina(new Date());
    const eventInput = (date = today()) => ({
      title: '新能源电池产业链专利对接会',
      industryChain: '先进储能材料',
      date,
      place: '长沙市岳麓区麓谷企业广场',
      description: '高校院所发布电池材料专利，企业现场洽谈',
    });

    it('runs from invitation and registration to attendance and minutes, counting the event held once', async () => {
      // Prepare
      const created = await post('/api/events', agency.token, eventInput());
      expect(created.status, await created.clone().text()).toBe(201);
      const event = (await created.json()) as { id: string; status: string };
      const number = await patent();
      const listing = await declare(number, 'published');
      const stranger = await api.member('enterprise', 'admin');
      const before = (await counts(agency)).eventsHeld ?? 0;
      // Act: invite, register, a deal from the event, attendance, minutes
      const invited = await post(`/api/events/${event.id}/invitations`, agency.token, {
        listingIds: [listing.id],
        enterpriseOrgIds: [enterprise.org.id],
      });
      const badInvite = await post(`/api/events/${event.id}/invitations`, agency.token, {
        enterpriseOrgIds: [university.org.id],
      });
      const registered = await post(`/api/events/${event.id}/registrations`, enterprise.token, {
        contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
        attendees: 2,
      });
      const uninvited = await post(`/api/events/${event.id}/registrations`, stranger.token, {
        contact: { name: '李工', phone: '13800000001', email: 'li@test.openlicense.cn' },
        attendees: 1,
      });
      const deal = await createDeal(enterprise.token, {
        kind: 'ordinary_license',
        patentNumbers: [await patent()],
        acquirerOrgId: enterprise.org.id,
        source: { kind: 'event', eventId: event.id },
      });
      const holderOnly = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [university.org.id],
      });
      const attendance = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [enterprise.org.id],
        headcount: 35,
      });
      const planned = (await attendance.json()) as { status: string };
      const shortMinutes = await post(`/api/events/${event.id}/minutes`, agency.token, { text: '很成功' });
      const minutes = await post(`/api/events/${event.id}/minutes`, agency.token, {
        text: '中南大学发布三项电池材料专利，两家企业现场表达许可意向，一项进入洽谈。',
      });
      const again = await post(`/api/events/${event.id}/minutes`, agency.token, {
        text: '补充：会后又有一家企业联系，表示愿意参加下一场对接会。',
      });
      // Assess
      expect(invited.status, await invited.clone().text()).toBe(200);
      expect(badInvite.status).toBe(422);
      expect((await badInvite.json()).error.details[0].path).toBe('enterpriseOrgIds.0');
      expect(registered.status).toBe(201);
      expect(uninvited.status).toBe(404);
      expect(deal.broker?.orgId).toBe(agency.org.id);
      expect(holderOnly.status).toBe(422);
      expect((await holderOnly.json()).error).toMatchObject({
        code: 'no_enterprise_attended',
        details: [{ path: 'orgIds.0' }, { path: 'orgIds' }],
      });
      expect(planned.status).toBe('planned');
      expect(shortMinutes.status).toBe(400);
      expect(minutes.status).toBe(200);
      expect(((await minutes.json()) as { status: string }).status).toBe('held');
      expect(again.status).toBe(409);
      expect((await again.json()).error.code).toBe('event_closed');
      expect(((await counts(agency)).eventsHeld ?? 0) - before).toBe(1);
      const evidence = (await table.store.evidence.list(agency.org.id, { kind: 'event_held' })).filter(
        (e) => e.subjectId === event.id,
      );
      expect(evidence).toHaveLength(1);
      expect(evidence[0]?.summary).toContain('新能源电池产业链专利对接会');
      const view = await api.request(`/api/events/${event.id}`, { token: agency.token });
      expect(await view.json()).toMatchObject({
        status: 'held',
        registrations: [{ orgId: enterprise.org.id, attendees: 2 }],
        deals: [{ id: deal.id }],
        missing: [],
      });
      // Who sees it: the invited enterprise and the listing's holder; not a stranger
      const seen = async (member: Member) =>
        (
          (await (
            await api.request(`/api/events?year=${today().slice(0, 4)}`, { token: member.token })
          ).json()) as {
            items: { id: string; roles: string[] }[];
          }
        ).items.find((e) => e.id === event.id)?.roles;
      expect(await seen(enterprise)).toEqual(['invited']);
      expect(await seen(university)).toEqual(['listing']);
      expect(await seen(agency)).toEqual(['organiser']);
      expect(await seen(stranger)).toBeUndefined();
      expect((await api.request(`/api/events/${event.id}`, { token: stranger.token })).status).toBe(404);
    });

    it('refuses to hold an event nobody registered for, or that only a listing holder attended, and counts nothing', async () => {
      // Prepare: an event today; the enterprise is invited but does not register
      const created = await post('/api/events', agency.token, eventInput());
      const event = (await created.json()) as { id: string };
      const listing = await declare(await patent(), 'published');
      await post(`/api/events/${event.id}/invitations`, agency.token, {
        listingIds: [listing.id],
        enterpriseOrgIds: [enterprise.org.id],
      });
      const before = (await counts(agency)).eventsHeld ?? 0;
      // Act: attendance of the unregistered enterprise, of the university, of the organiser; then minutes
      const unregistered = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [enterprise.org.id],
      });
      const holderOnly = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [university.org.id],
      });
      const organiserOnly = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [agency.org.id],
      });
      const minutes = await post(`/api/events/${event.id}/minutes`, agency.token, {
        text: '会议按期召开，高校院所介绍了三项电池材料专利，现场交流气氛热烈。',
      });
      // Assess: every attendance refused naming the rule and the field; minutes alone hold nothing
      for (const res of [unregistered, holderOnly, organiserOnly]) {
        expect(res.status).toBe(422);
        const { error } = await res.json();
        expect(error.code).toBe('no_enterprise_attended');
        expect(error.details.map((d: { path: string }) => d.path)).toEqual(['orgIds.0', 'orgIds']);
        expect(error.message).toContain('至少要有一家报名企业');
      }
      expect(minutes.status).toBe(200);
      expect(await minutes.json()).toMatchObject({ status: 'planned' });
      expect((await counts(agency)).eventsHeld ?? 0).toBe(before);
      const evidence = await table.store.evidence.list(agency.org.id, { kind: 'event_held' });
      expect(evidence.filter((e) => e.subjectId === event.id)).toEqual([]);
      const view = await (await api.request(`/api/events/${event.id}`, { token: agency.token })).json();
      expect(view).toMatchObject({ status: 'planned', registrations: [] });
      expect(view.attendance).toBeUndefined();
    });

    it('holds a briefing only with a registered organisation other than the organiser present: otherwise it stays planned and counts no 宣传培训', async () => {
      // Prepare: a park's training today; the enterprise is invited but does not register
      const park = await api.member('park', 'admin');
      const created = await post('/api/events', park.token, { ...eventInput(), kind: 'policy_briefing' });
      expect(created.status, await created.clone().text()).toBe(201);
      const training = (await created.json()) as { id: string };
      await post(`/api/events/${training.id}/invitations`, park.token, {
        enterpriseOrgIds: [enterprise.org.id],
      });
      // Act: the organiser names the unregistered enterprise, then itself; then writes the minutes
      const unregistered = await post(`/api/events/${training.id}/attendance`, park.token, {
        orgIds: [enterprise.org.id],
      });
      const organiserOnly = await post(`/api/events/${training.id}/attendance`, park.token, {
        orgIds: [park.org.id],
      });
      const minutes = await post(`/api/events/${training.id}/minutes`, park.token, {
        text: '宣讲开放许可政策与备案流程，园区企业未到场，仅主办方工作人员参加。',
      });
      // Assess: refused, naming the briefing's rule (any organisation, not only enterprises) and the field;
      // nothing counted, no evidence
      for (const res of [unregistered, organiserOnly]) {
        expect(res.status).toBe(422);
        const { error } = await res.json();
        expect(error.code).toBe('no_organisation_attended');
        expect(error.details.map((d: { path: string }) => d.path)).toEqual(['orgIds.0', 'orgIds']);
      }
      expect(await minutes.json()).toMatchObject({ status: 'planned' });
      const counted = await counts(park);
      expect([counted.trainingsHeld ?? 0, counted.eventsHeld ?? 0]).toEqual([0, 0]);
      expect(await table.store.evidence.list(park.org.id, { kind: 'training_held' })).toEqual([]);
    });

    it('refuses attendance and minutes before the event’s date even with a registered enterprise, and counts nothing', async () => {
      // Prepare: an event in 3 days, the enterprise invited and registered
      const future = isoDateInChina(new Date(Date.now() + 3 * 86_400_000));
      const created = await post('/api/events', agency.token, eventInput(future));
      const event = (await created.json()) as { id: string };
      await post(`/api/events/${event.id}/invitations`, agency.token, {
        enterpriseOrgIds: [enterprise.org.id],
      });
      const registered = await post(`/api/events/${event.id}/registrations`, enterprise.token, {
        contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
        attendees: 1,
      });
      const before = (await counts(agency)).eventsHeld ?? 0;
      // Act
      const attendance = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [enterprise.org.id],
      });
      const minutes = await post(`/api/events/${event.id}/minutes`, agency.token, {
        text: '会议按期召开，高校院所介绍了三项电池材料专利，现场交流气氛热烈。',
      });
      // Assess
      expect(registered.status).toBe(201);
      for (const res of [attendance, minutes]) {
        expect(res.status).toBe(409);
        expect((await res.json()).error.code).toBe('event_not_yet_held');
      }
      expect((await counts(agency)).eventsHeld ?? 0).toBe(before);
    });

    it('moves a planned event to a new date for its organiser and its invitees', async () => {
      // Prepare
      const inDays = (n: number) => isoDateInChina(new Date(Date.now() + n * 86_400_000));
      const created = await post('/api/events', agency.token, eventInput(inDays(10)));
      const event = (await created.json()) as { id: string };
      const invited = await post(`/api/events/${event.id}/invitations`, agency.token, {
        enterpriseOrgIds: [enterprise.org.id],
      });
      const { version } = (await invited.json()) as { version: number };
      const put = (body: unknown, token = agency.token) =>
        api.request(`/api/events/${event.id}`, { method: 'PUT', token, json: body });
      // Act
      const moved = await put({
        ...eventInput(inDays(20)),
        onlineUrl: 'https://meeting.example.cn/88',
        version,
      });
      const stale = await put({ ...eventInput(inDays(30)), version });
      const byInvitee = await put({ ...eventInput(inDays(30)), version: version + 1 }, enterprise.token);
      // Assess
      expect(moved.status, await moved.clone().text()).toBe(200);
      expect(await moved.json()).toMatchObject({
        date: inDays(20),
        onlineUrl: 'https://meeting.example.cn/88',
        version: version + 1,
      });
      expect(stale.status).toBe(409);
      expect((await stale.json()).error.code).toBe('stale_version');
      expect(byInvitee.status).toBe(403);
      const dates = async (member: Member) =>
        (
          (await (
            await api.request(`/api/events?year=${inDays(20).slice(0, 4)}`, { token: member.token })
          ).json()) as { items: { id: string; date: string }[] }
        ).items
          .filter((e) => e.id === event.id)
          .map((e) => e.date);
      if (inDays(20).slice(0, 4) === inDays(10).slice(0, 4)) {
        expect(await dates(agency)).toEqual([inDays(20)]);
        expect(await dates(enterprise)).toEqual([inDays(20)]);
        expect(await dates(office)).toEqual([inDays(20)]);
      }
    });

    it('records nothing before the event’s date, and lets a planned event be cancelled', async () => {
      // Prepare
      const future = new Date(Date.now() + 10 * 86_400_000);
      const res = await post('/api/events', agency.token, eventInput(isoDateInChina(future)));
      const event = (await res.json()) as { id: string };
      // Act
      const early = await post(`/api/events/${event.id}/attendance`, agency.token, {
        orgIds: [enterprise.org.id],
      });
      const byOther = await post(`/api/events/${event.id}/cancel`, enterprise.token, { reason: '场地变更' });
      const cancelled = await post(`/api/events/${event.id}/cancel`, agency.token, {
        reason: '场地变更，另行通知',
      });
      const old = await post('/api/events', agency.token, eventInput('2020-01-01'));
      // Assess
      expect(early.status).toBe(409);
      expect((await early.json()).error.code).toBe('event_not_yet_held');
      expect(byOther.status).toBe(403);
      expect(cancelled.status).toBe(200);
      expect(await cancelled.json()).toMatchObject({
        status: 'cancelled',
        cancelReason: '场地变更，另行通知',
      });
      expect(old.status).toBe(422);
      expect((await old.json()).error.details[0].path).toBe('date');
    });

    it('counts a held training apart from matchmaking: a park holds one of each, each counted once with its own evidence', async () => {
      // Prepare: a new park (its counters start at nothing), a matchmaking event and a training today
      const park = await api.member('park', 'admin');
      const matchmaking = (await (await post('/api/events', park.token, eventInput())).json()) as {
        id: string;
        kind: string;
      };
      const createdTraining = await post('/api/events', park.token, {
        ...eventInput(),
        kind: 'training',
        title: '开放许可声明实操培训',
        audience: '园区企业知识产权专员',
        materials: [{ name: '开放许可声明填报指南', ref: 'https://example.cn/open-licence-guide.pdf' }],
      });
      expect(createdTraining.status, await createdTraining.clone().text()).toBe(201);
      const training = (await createdTraining.json()) as { id: string; kind: string };
      const listing = await declare(await patent(), 'published');
      // Act: invite (a training takes no listings), register, attend, write minutes on each
      const listingToTraining = await post(`/api/events/${training.id}/invitations`, park.token, {
        listingIds: [listing.id],
        enterpriseOrgIds: [enterprise.org.id],
      });
      const badKind = await post('/api/events', park.token, { ...eventInput(), kind: 'banquet' });
      for (const event of [matchmaking, training]) {
        const invited = await post(`/api/events/${event.id}/invitations`, park.token, {
          enterpriseOrgIds: [enterprise.org.id],
        });
        expect(invited.status, await invited.clone().text()).toBe(200);
        const registered = await post(`/api/events/${event.id}/registrations`, enterprise.token, {
          contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
          attendees: 3,
        });
        expect(registered.status).toBe(201);
        expect(
          (await post(`/api/events/${event.id}/attendance`, park.token, { orgIds: [enterprise.org.id] }))
            .status,
        ).toBe(200);
        const minutes = await post(`/api/events/${event.id}/minutes`, park.token, {
          text: '讲解开放许可声明的填报、定价与备案，企业专员现场练习并提出问题，均已解答。',
        });
        expect(await minutes.json()).toMatchObject({ status: 'held' });
      }
      // Assess: the kinds as chosen; 1 matchmaking event held and 1 宣传培训, each with its evidence only
      expect(matchmaking.kind).toBe('matchmaking');
      expect(training.kind).toBe('training');
      expect(listingToTraining.status).toBe(422);
      expect((await listingToTraining.json()).error.details).toEqual([
        expect.objectContaining({ path: 'listingIds' }),
      ]);
      expect(badKind.status).toBe(400);
      expect((await badKind.json()).error.details[0].path).toBe('kind');
      expect(await counts(park)).toMatchObject({ eventsHeld: 1, trainingsHeld: 1 });
      const held = await table.store.evidence.list(park.org.id, { kind: 'event_held' });
      const trained = await table.store.evidence.list(park.org.id, { kind: 'training_held' });
      expect(held.map((e) => e.subjectId)).toEqual([matchmaking.id]);
      expect(trained.map((e) => e.subjectId)).toEqual([training.id]);
      expect(trained[0]?.summary).toContain('举办实操培训「开放许可声明实操培训」');
      expect(trained[0]?.data).toMatchObject({ eventKind: 'training', audience: '园区企业知识产权专员' });
      // The report's 宣传培训 section reads this evidence; with no target set (none by default) it is no target
      const section = await (
        await api.request(`/api/evidence?year=${year}&target=trainings_held`, { token: park.token })
      ).json();
      expect(section).toMatchObject({ items: [{ subjectId: training.id }], totals: { rows: 1, count: 1 } });
      const quotas = await (await api.request(`/api/quotas?year=${year}`, { token: park.token })).json();
      expect(quotas.targets.map((t: { key: string }) => t.key)).not.toContain('trainings_held');
      expect(quotas.targets.find((t: { key: string }) => t.key === 'events_held')?.actual).toBe(1);
      const view = await (await api.request(`/api/events/${training.id}`, { token: park.token })).json();
      expect(view).toMatchObject({
        kind: 'training',
        audience: '园区企业知识产权专员',
        materials: [{ name: '开放许可声明填报指南' }],
      });
    });
  });
});
