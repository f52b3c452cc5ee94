import { createScheduledHandler, scheduledJobs } from '@openlicense/app';
import { type BundleRecord, transitionBundle } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleInput, bundleRecordOf, ledgerPatentOf } from '../support/bundle-input.ts';
import { declarationInput } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
type Body = Record<string, unknown>;
/** A parsed JSON response body, as loosely typed as `Response.json()` gives it. */
type Json = Awaited<ReturnType<Response['json']>>;

const CHINESE = /[\u4e00-\u9fff]/;
const PAID = { annualFee: 'paid', proceedingsSuspended: false };

describe('bundles and public patent pools (专利包 / 公共专利池)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let park: Member;
  let uniA: Member;
  let uniB: Member;
  let office: Member;
  let runJobs: ReturnType<typeof createScheduledHandler>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    park = await api.member('park', 'admin');
    uniA = await api.member('university', 'admin');
    uniB = await api.member('university', 'admin');
    office = await api.member('ip_office', 'admin');
    runJobs = createScheduledHandler(scheduledJobs(table.store), table.store.jobRuns);
  });

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });

  /** A patent in `holder`'s ledger naming the holder as sole patentee, unless overridden. */
  async function ledgerPatent(holder: Member, overrides: Body = {}) {
    const number = randomPatentNumber();
    const res = await api.request('/api/patents', {
      method: 'POST',
      token: holder.token,
      json: patentInput(number, { patentees: [{ name: holder.org.name }], ...overrides }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return number;
  }

  /** Rewrites the legal status of a patent in `holder`'s ledger (last read at `version`). */
  const setLegal = (holder: Member, number: string, legal: Body, version: number) =>
    api.request(`/api/patents/${number}`, {
      method: 'PUT',
      token: holder.token,
      json: { ...patentInput(number, { patentees: [{ name: holder.org.name }], legal }), version },
    });

  async function draft(numbers: string[], overrides: Body = {}, organiser = park) {
    const res = await json(
      await api.request('/api/bundles', {
        method: 'POST',
        token: organiser.token,
        json: bundleInput(numbers, overrides),
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Json;
  }

  const read = async (id: string, token?: string) =>
    json(await api.request(`/api/bundles/${id}`, token ? { token } : {}));

  const consent = (holder: Member, id: string, body: Body = { consent: true }) =>
    api.request(`/api/bundles/${id}/consents`, { method: 'POST', token: holder.token, json: body });

  const act = (token: string, id: string, action: string, version: number, reason?: string) =>
    api.request(`/api/bundles/${id}/transitions`, {
      method: 'POST',
      token,
      json: { action, version, ...(reason ? { reason } : {}) },
    });

  /** Two patents of university A and one of university B, their holders' consents, submission, publication. */
  async function publishedBundle() {
    const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniA), await ledgerPatent(uniB)];
    const created = await draft(numbers);
    const id: string = created.bundle.id;
    expect((await consent(uniA, id)).status).toBe(200);
    expect((await consent(uniB, id)).status).toBe(200);
    const submitted = await json(await act(park.token, id, 'submit', 3));
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const published = await json(await act(office.token, id, 'publish', 4));
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return { id, numbers, detail: published.body };
  }

  const trailOf = async (orgId: string) =>
    (await table.store.audit.listForOrg(orgId, 500)).filter((e) => e.action.startsWith('bundle.'));

  describe('organising', () => {
    it('drafts a bundle of several holders’ patents, each holder looked up in the ledger and its consent pending', async () => {
      // Prepare
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniA), await ledgerPatent(uniB)];
      // Act
      const detail = await draft([`ZL${numbers[0]}`, numbers[1]!, numbers[2]!]);
      // Assess
      expect(detail.bundle).toMatchObject({
        status: 'draft',
        version: 1,
        organiserOrgId: park.org.id,
        organiserName: park.org.name,
        organiserType: 'park',
        territory: '中国大陆',
        members: [
          {
            patentNumber: numbers[0],
            holderOrgId: uniA.org.id,
            holderName: uniA.org.name,
            patentType: 'invention',
          },
          { patentNumber: numbers[1], holderOrgId: uniA.org.id },
          { patentNumber: numbers[2], holderOrgId: uniB.org.id, holderName: uniB.org.name },
        ],
        holders: [
          { orgId: uniA.org.id, name: uniA.org.name, decision: 'pending' },
          { orgId: uniB.org.id, name: uniB.org.name, decision: 'pending' },
        ],
      });
      expect(detail.offer.offered).toBe(false);
      expect(detail.offer.blockers).toHaveLength(3);
      expect(detail.offer.blockers[0].issues).toEqual([
        expect.objectContaining({ code: 'member_not_consented', title: '持有人未同意加入专利包' }),
      ]);
      expect(detail.availableActions).toEqual(['submit', 'withdraw']);
      expect((await trailOf(park.org.id)).find((e) => e.summary.includes(detail.bundle.id))).toMatchObject({
        action: 'bundle.created',
        actorId: park.user.id,
      });
    });

    it('refuses a member that is in nobody’s ledger, naming the member', async () => {
      const known = await ledgerPatent(uniA);
      const res = await json(
        await api.request('/api/bundles', {
          method: 'POST',
          token: park.token,
          json: bundleInput([known, randomPatentNumber()]),
        }),
      );
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('member_patent_not_found');
      expect(res.body.error.message).toMatch(CHINESE);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'members.1.patentNumber' })]);
    });

    it('names each bad field of a malformed bundle', async () => {
      const number = await ledgerPatent(uniA);
      const res = await json(
        await api.request('/api/bundles', {
          method: 'POST',
          token: park.token,
          json: bundleInput([number, `ZL${number}`], { period: { start: '2027-01-01', end: '2027-06-30' } }),
        }),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
        expect.arrayContaining(['members', 'period.end']),
      );
    });

    it('lets only an approved university, agency or park organise', async () => {
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const enterprise = await api.member('enterprise', 'admin');
      const pendingPark = await api.member('park', 'admin', 'pending');
      const agency = await api.member('agency', 'member');
      const post = (m: Member) =>
        api.request('/api/bundles', { method: 'POST', token: m.token, json: bundleInput(numbers) });
      expect((await post(enterprise)).status).toBe(403);
      expect((await json(await post(pendingPark))).body.error.code).toBe('org_not_approved');
      expect((await post(agency)).status).toBe(201);
    });
  });

  describe('consent of each holder', () => {
    it('records each holder’s consent for all its patents on its own trail, and lists what awaits it', async () => {
      // Prepare
      const created = await draft([
        await ledgerPatent(uniA),
        await ledgerPatent(uniA),
        await ledgerPatent(uniB),
      ]);
      const id: string = created.bundle.id;
      const awaiting = async (m: Member) =>
        (await json(await api.request('/api/bundles?limit=100', { token: m.token }))).body.items.find(
          (i: Json) => i.bundle.id === id,
        );
      expect(await awaiting(uniA)).toMatchObject({
        role: { organiser: false, holder: true },
        awaitingMyConsent: true,
      });
      // Act
      const res = await json(await consent(uniA, id, { consent: true, note: '经校技术转移中心审议同意' }));
      // Assess
      expect(res.status).toBe(200);
      expect(res.body.bundle.holders).toEqual([
        expect.objectContaining({ orgId: uniA.org.id, decision: 'consented', decidedBy: uniA.user.id }),
        expect.objectContaining({ orgId: uniB.org.id, decision: 'pending' }),
      ]);
      expect(res.body.myConsent).toEqual({
        holderOrgId: uniA.org.id,
        decision: 'consented',
        canDecide: true,
      });
      expect(res.body.offer.blockers.map((b: Json) => b.patentNumber)).toEqual([
        created.bundle.members[2].patentNumber,
      ]);
      expect(await awaiting(uniA)).toMatchObject({ myDecision: 'consented', awaitingMyConsent: false });
      expect(await awaiting(park)).toMatchObject({
        role: { organiser: true, holder: false },
        awaitingMyConsent: false,
      });
      const entry = (await trailOf(uniA.org.id)).find((e) => e.summary.includes(id));
      expect(entry).toMatchObject({ action: 'bundle.consented', actorId: uniA.user.id });
      expect(entry?.summary).toContain(`ZL${created.bundle.members[0].patentNumber}`);
      expect(entry?.summary).toContain('经校技术转移中心审议同意');
    });

    it('lets only an admin of a holder decide, and hides a draft from everyone else', async () => {
      const created = await draft([await ledgerPatent(uniA), await ledgerPatent(uniB)]);
      const id: string = created.bundle.id;
      const uniAMember = await api.member('university', 'member', 'approved', uniA.org);
      const stranger = await api.member('university', 'admin');
      expect((await consent(uniAMember, id)).status).toBe(403);
      expect((await consent(park, id)).status).toBe(403);
      expect((await consent(stranger, id)).status).toBe(404);
      expect((await read(id, stranger.token)).status).toBe(404);
      expect((await read(id, uniAMember.token)).body.myConsent).toMatchObject({
        decision: 'pending',
        canDecide: false,
      });
    });

    it('needs every co-owner of a co-owned member to have agreed', async () => {
      // Prepare
      const coOwned = await ledgerPatent(uniA, {
        patentees: [{ name: uniA.org.name }, { name: '湘江电驱科技有限公司' }],
      });
      const created = await draft([coOwned, await ledgerPatent(uniB)]);
      // Act
      const refused = await json(await consent(uniA, created.bundle.id));
      const agreed = await json(
        await consent(uniA, created.bundle.id, { consent: true, coOwnersConsented: true }),
      );
      // Assess
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({
        code: 'co_owner_not_consented',
        details: [expect.objectContaining({ path: 'coOwnersConsented' })],
      });
      expect(refused.body.error.message).toContain('湘江电驱科技有限公司');
      expect(agreed.status).toBe(200);
      expect(agreed.body.bundle.holders[0]).toMatchObject({ decision: 'consented', coOwnersConsented: true });
    });

    it('voids every consent when the organiser changes the terms, and keeps them for a new description', async () => {
      // Prepare
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const created = await draft(numbers);
      const id: string = created.bundle.id;
      await consent(uniA, id);
      await consent(uniB, id);
      const edit = (version: number, overrides: Body) =>
        api.request(`/api/bundles/${id}`, {
          method: 'PUT',
          token: park.token,
          json: { ...bundleInput(numbers, overrides), version },
        });
      // Act
      const described = await json(await edit(3, { description: '更新后的园区介绍' }));
      const repriced = await json(await edit(4, { royalty: { method: 'lump_sum', amountFen: 80_000_000 } }));
      // Assess
      expect(described.status).toBe(200);
      expect(described.body.bundle.holders.map((h: Json) => h.decision)).toEqual(['consented', 'consented']);
      expect(repriced.status).toBe(200);
      expect(repriced.body.bundle).toMatchObject({ version: 5, royalty: { amountFen: 80_000_000 } });
      expect(repriced.body.bundle.holders.map((h: Json) => h.decision)).toEqual(['pending', 'pending']);
    });
  });

  describe('review and publication', () => {
    it('refuses to submit until every holder consented, naming the patents still waiting', async () => {
      // Prepare
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const created = await draft(numbers);
      const id: string = created.bundle.id;
      await consent(uniA, id);
      // Act
      const refused = await json(await act(park.token, id, 'submit', 2));
      await consent(uniB, id);
      const submitted = await json(await act(park.token, id, 'submit', 3));
      // Assess
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('bundle_not_allowed');
      expect(refused.body.error.message).toContain('持有人未同意加入专利包');
      expect(refused.body.error.details).toEqual([
        expect.objectContaining({
          code: 'member_not_consented',
          patentNumber: numbers[1],
          title: expect.any(String),
        }),
      ]);
      expect(submitted.status).toBe(200);
      expect(submitted.body.bundle).toMatchObject({
        status: 'submitted',
        version: 4,
        submittedAt: expect.any(String),
      });
    });

    it('refuses to submit with promotional wording in the statutory terms', async () => {
      const created = await draft([await ledgerPatent(uniA), await ledgerPatent(uniB)], {
        scope: '国内领先的制造方法',
      });
      await consent(uniA, created.bundle.id);
      await consent(uniB, created.bundle.id);
      const res = await json(await act(park.token, created.bundle.id, 'submit', 3));
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ code: 'promotional_wording', field: 'scope' }),
      ]);
    });

    it('is published by the IP office from its queue, then on offer and public', async () => {
      // Prepare
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const created = await draft(numbers);
      const id: string = created.bundle.id;
      await consent(uniA, id);
      await consent(uniB, id);
      await act(park.token, id, 'submit', 3);
      const queue = await json(
        await api.request('/api/bundles/review-queue?limit=100', { token: office.token }),
      );
      const denied = await api.request('/api/bundles/review-queue', { token: park.token });
      const byPark = await act(park.token, id, 'publish', 4);
      // Act
      const published = await json(await act(office.token, id, 'publish', 4));
      // Assess
      expect(queue.body.items.find((i: Json) => i.bundle.id === id)).toMatchObject({
        offer: { offered: false, blockers: [] },
        terms: { errors: [], warnings: [] },
      });
      expect(denied.status).toBe(403);
      expect(byPark.status).toBe(403);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({
        bundle: { status: 'published', statusChangedBy: office.user.id },
        offer: { offered: true, blockers: [] },
        availableActions: [],
      });
      const anonymous = await read(id);
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.offer.offered).toBe(true);
      expect(anonymous.body.bundle.holders[0].decidedBy).toBeUndefined();
      expect(anonymous.body.bundle.statusChangedBy).toBeUndefined();
      expect((await read(id, park.token)).body.availableActions).toEqual(['withdraw']);
      expect(
        (await trailOf(park.org.id))
          .filter((e) => e.summary.includes(id))
          .map((e) => e.action)
          .reverse(),
      ).toEqual(['bundle.created', 'bundle.submitted', 'bundle.published']);
    });

    it('answers 404 to an anonymous caller for a bundle that is not public', async () => {
      const created = await draft([await ledgerPatent(uniA), await ledgerPatent(uniB)]);
      expect((await read(created.bundle.id)).status).toBe(404);
      expect((await api.request(`/api/bundles/${created.bundle.id}/royalty?yearlySalesFen=1`)).status).toBe(
        404,
      );
      expect(
        (await api.request(`/api/bundles/${created.bundle.id}`, { method: 'PUT', json: {} })).status,
      ).toBe(401);
    });

    it('lets the office reject with a reason and the organiser fix and submit again', async () => {
      // Prepare
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const created = await draft(numbers);
      const id: string = created.bundle.id;
      await consent(uniA, id);
      await consent(uniB, id);
      await act(park.token, id, 'submit', 3);
      // Act
      const noReason = await json(await act(office.token, id, 'reject', 4));
      const rejected = await json(await act(office.token, id, 'reject', 4, '许可使用费估算说明过于笼统'));
      const fixed = await json(
        await api.request(`/api/bundles/${id}`, {
          method: 'PUT',
          token: park.token,
          json: {
            ...bundleInput(numbers, {
              royaltyEstimationNote: '按成员专利评估值合计 75 万元的八折确定许可费',
            }),
            version: 5,
          },
        }),
      );
      await consent(uniA, id);
      await consent(uniB, id);
      const again = await json(await act(park.token, id, 'submit', 8));
      // Assess
      expect(noReason.status).toBe(422);
      expect(noReason.body.error.code).toBe('reason_required');
      expect(rejected.body.bundle).toMatchObject({
        status: 'rejected',
        statusReason: '许可使用费估算说明过于笼统',
      });
      expect(fixed.body.bundle).toMatchObject({ status: 'rejected', version: 6 });
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.bundle.status).toBe('submitted');
    });

    it.each([
      ['publish', 'draft'],
      ['reject', 'draft'],
      ['submit', 'published'],
    ])('refuses %s from %s with 409 and names the current status', async (action, from) => {
      const bundle =
        from === 'draft'
          ? (await draft([await ledgerPatent(uniA), await ledgerPatent(uniB)])).bundle
          : (await publishedBundle()).detail.bundle;
      const token = action === 'submit' ? park.token : office.token;
      const res = await json(await act(token, bundle.id, action, bundle.version, '理由说明充分'));
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'invalid_transition', details: { status: from, action } });
      expect(res.body.error.message).toMatch(CHINESE);
    });
  });

  describe('offered only while every member could be declared', () => {
    it('stops offering when a member’s fees lapse; the nightly job suspends it and restores it once paid', async () => {
      // Prepare
      const { id, numbers } = await publishedBundle();
      // Act: the holder records the lapse
      expect((await setLegal(uniB, numbers[2]!, { ...PAID, annualFee: 'lapsed' }, 1)).status).toBe(200);
      const lapsed = await read(id, park.token);
      const first = await runJobs({ jobs: ['check-bundles'] });
      const suspended = await read(id);
      const again = await runJobs({ jobs: ['check-bundles'] });
      expect((await setLegal(uniB, numbers[2]!, PAID, 2)).status).toBe(200);
      await runJobs({ jobs: ['check-bundles'] });
      const restored = await read(id, park.token);
      // Assess
      expect(lapsed.body.bundle.status).toBe('published');
      expect(lapsed.body.offer.offered).toBe(false);
      expect(lapsed.body.offer.blockers).toEqual([
        {
          patentNumber: numbers[2],
          issues: expect.arrayContaining([
            expect.objectContaining({
              code: 'annual_fee_unpaid',
              title: '年费未缴纳',
              message: expect.stringMatching(CHINESE),
            }),
          ]),
        },
      ]);
      expect(first['check-bundles']).toMatch(/suspended [1-9]/);
      expect(suspended.status).toBe(200);
      expect(suspended.body.bundle.status).toBe('suspended');
      expect(suspended.body.bundle).not.toHaveProperty('statusChangedBy');
      expect(again['check-bundles']).toMatch(/suspended 0, restored 0/);
      expect(restored.body.bundle).toMatchObject({ status: 'published', statusChangedBy: 'system' });
      expect(restored.body.offer.offered).toBe(true);
      const trail = (await trailOf(park.org.id)).filter((e) => e.summary.includes(id));
      expect(trail.map((e) => [e.action, e.actorId]).slice(0, 2)).toEqual([
        ['bundle.restored', 'system'],
        ['bundle.suspended', 'system'],
      ]);
      expect(trail[1]?.summary).toContain(`ZL${numbers[2]}：`);
      expect(trail[1]?.summary).toContain('年费未缴纳');
    });

    it('suspends the bundle when a member’s own open-licence declaration is withdrawn', async () => {
      // Prepare: a member declared on its own, then bundled and published
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const declared = await json(
        await api.request('/api/declarations', {
          method: 'POST',
          token: uniA.token,
          json: declarationInput(numbers[0]!),
        }),
      );
      const declarationId: string = declared.body.id;
      const move = (token: string, action: string, version: number) =>
        api.request(`/api/declarations/${declarationId}/transitions`, {
          method: 'POST',
          token,
          json: { action, version, reason: '技术已作价入股，不再开放许可' },
        });
      expect((await move(uniA.token, 'submit', 1)).status).toBe(200);
      expect((await move(office.token, 'publish', 2)).status).toBe(200);
      const created = await draft(numbers);
      const id: string = created.bundle.id;
      await consent(uniA, id);
      await consent(uniB, id);
      await act(park.token, id, 'submit', 3);
      const published = await json(await act(office.token, id, 'publish', 4));
      // Act
      expect((await move(uniA.token, 'withdraw', 3)).status).toBe(200);
      const after = await read(id, uniB.token);
      await runJobs({ jobs: ['check-bundles'] });
      // Assess
      expect(published.body.bundle.members[0].declarationId).toBe(declarationId);
      expect(after.body.offer).toEqual({
        offered: false,
        blockers: [
          {
            patentNumber: numbers[0],
            issues: [
              expect.objectContaining({
                code: 'member_declaration_withdrawn',
                title: '成员专利的开放许可已撤回',
              }),
            ],
          },
        ],
      });
      expect((await read(id)).body.bundle.status).toBe('suspended');
    });

    it('suspends a published bundle at once when a holder withdraws its consent, and restores it on consent', async () => {
      // Prepare
      const { id } = await publishedBundle();
      // Act
      const declined = await json(await consent(uniA, id, { consent: false, note: '拟独占许可给合作企业' }));
      const restored = await json(await consent(uniA, id, { consent: true }));
      // Assess
      expect(declined.status).toBe(200);
      expect(declined.body.bundle).toMatchObject({
        status: 'suspended',
        version: 6,
        statusReason: expect.stringContaining(uniA.org.name),
      });
      expect(declined.body.offer.offered).toBe(false);
      expect(restored.body.bundle).toMatchObject({ status: 'published', version: 7 });
      expect(restored.body.offer.offered).toBe(true);
      expect(
        (await trailOf(uniA.org.id))
          .filter((e) => e.summary.includes(id))
          .map((e) => e.action)
          .slice(0, 2),
      ).toEqual(['bundle.consented', 'bundle.declined']);
      expect(
        (await trailOf(park.org.id))
          .filter((e) => e.summary.includes(id))
          .map((e) => e.action)
          .slice(0, 2),
      ).toEqual(['bundle.restored', 'bundle.suspended']);
    });

    it('expires a bundle whose licence period has ended', async () => {
      // Prepare: a bundle published for 2020–2022, written through the repository
      const uni = ulid();
      const numbers = [randomPatentNumber(), randomPatentNumber()];
      for (const n of numbers) await table.store.patents.create(ledgerPatentOf(n, uni));
      const draftRecord = bundleRecordOf(
        { id: park.org.id },
        numbers.map((number) => ({ number, holderOrgId: uni })),
        { consented: true, overrides: { period: { start: '2020-01-01', end: '2022-12-31' } } },
      );
      await table.store.bundles.create(draftRecord, []);
      let record: BundleRecord = draftRecord;
      for (const action of ['submit', 'publish'] as const) {
        const next = transitionBundle(record, action, { actorId: 'seed', at: new Date().toISOString() });
        await table.store.bundles.save(record, next, []);
        record = next;
      }
      // Act
      await runJobs({ jobs: ['check-bundles'] });
      // Assess
      expect(await table.store.bundles.get(record.id)).toMatchObject({
        status: 'expired',
        statusChangedBy: 'system',
      });
      expect((await trailOf(park.org.id)).find((e) => e.summary.includes(record.id))).toMatchObject({
        action: 'bundle.expired',
      });
    });
  });

  describe('withdrawal', () => {
    it('lets the organiser withdraw with a reason; the pool leaves the public and consents are closed', async () => {
      // Prepare
      const { id } = await publishedBundle();
      // Act
      const noReason = await json(await act(park.token, id, 'withdraw', 5));
      const byHolder = await act(uniA.token, id, 'withdraw', 5, '不再参与');
      const withdrawn = await json(await act(park.token, id, 'withdraw', 5, '园区调整产业方向'));
      // Assess
      expect(noReason.status).toBe(422);
      expect(byHolder.status).toBe(403);
      expect(withdrawn.body.bundle).toMatchObject({ status: 'withdrawn', statusReason: '园区调整产业方向' });
      expect((await read(id)).status).toBe(404);
      expect((await json(await consent(uniA, id))).body.error.code).toBe('bundle_closed');
      const entry = (await trailOf(park.org.id)).find((e) => e.summary.includes(id));
      expect(entry).toMatchObject({ action: 'bundle.withdrawn' });
      expect(entry?.summary).toContain('此前已生效的许可继续有效');
    });
  });

  describe('concurrency', () => {
    it('lets one of two concurrent edits win; the other gets 409', async () => {
      // Prepare
      const numbers = [await ledgerPatent(uniA), await ledgerPatent(uniB)];
      const created = await draft(numbers);
      const edit = (name: string) =>
        api.request(`/api/bundles/${created.bundle.id}`, {
          method: 'PUT',
          token: park.token,
          json: { ...bundleInput(numbers, { name }), version: 1 },
        });
      // Act
      const results = await Promise.all([edit('新能源汽车专利包（一）'), edit('新能源汽车专利包（二）')]);
      // Assess
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = await results.find((r) => r.status === 409)!.json();
      expect(loser.error.code).toBe('stale_version');
      expect((await read(created.bundle.id, park.token)).body.bundle.version).toBe(2);
    });

    it('records two holders deciding at the same moment, both', async () => {
      const created = await draft([await ledgerPatent(uniA), await ledgerPatent(uniB)]);
      const results = await Promise.all([consent(uniA, created.bundle.id), consent(uniB, created.bundle.id)]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const stored = await read(created.bundle.id, park.token);
      expect(stored.body.bundle.holders.map((h: Json) => h.decision)).toEqual(['consented', 'consented']);
      expect(stored.body.bundle.version).toBe(3);
    });

    it('refuses a decision made on a version that changed since', async () => {
      const created = await draft([await ledgerPatent(uniA), await ledgerPatent(uniB)]);
      await consent(uniA, created.bundle.id);
      const res = await json(await consent(uniB, created.bundle.id, { consent: true, version: 1 }));
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('stale_version');
    });
  });

  describe('royalty calculator', () => {
    it('estimates what a licensee pays for the whole pool, for anyone once it is public', async () => {
      const { id } = await publishedBundle();
      const res = await json(await api.request(`/api/bundles/${id}/royalty?yearlySalesFen=100000000`));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        years: [
          { year: 1, amountFen: 60_000_000 },
          { year: 2, amountFen: 0 },
          { year: 3, amountFen: 0 },
        ],
        totalFen: 60_000_000,
        missingInputs: [],
      });
    });
  });
});
