import { createScheduledHandler, scheduledJobs } from '@openlicense/app';
import { addDays, addMonths, PatentInputSchema, patentCheckChar, toPatent } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationInput, declarationRecordOf, todayInChina } from '../support/declaration-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
type Body = Record<string, unknown>;
/** A parsed JSON response body, as loosely typed as `Response.json()` gives it. */
type Json = Awaited<ReturnType<Response['json']>>;

/** A random, valid utility-model number filed in 2021 (in force until 2031-03-14). */
function randomUtilityModelNumber(): string {
  let digits = '20212';
  for (let i = 0; i < 7; i++) digits += Math.floor(Math.random() * 10);
  return `${digits}.${patentCheckChar(digits)}`;
}

const CHINESE = /[\u4e00-\u9fff]/;
const PAID = { annualFee: 'paid', proceedingsSuspended: false };

describe('open-licence declarations (开放许可声明)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let office: Member;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    university = await api.member('university', 'admin');
    office = await api.member('ip_office', 'admin');
  });

  const json = async (res: Response): Promise<{ status: number; body: Json }> => ({
    status: res.status,
    body: await res.json(),
  });

  /** A patent in `holder`'s ledger that lists the holder itself as sole patentee, unless overridden. */
  async function ledgerPatent(holder: Member, overrides: Body = {}, number = randomPatentNumber()) {
    const res = await api.request('/api/patents', {
      method: 'POST',
      token: holder.token,
      json: patentInput(number, { patentees: [{ name: holder.org.name }], ...overrides }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return number;
  }

  async function draft(holder: Member, number: string, overrides: Body = {}) {
    const res = await json(
      await api.request('/api/declarations', {
        method: 'POST',
        token: holder.token,
        json: declarationInput(number, overrides),
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; version: number; status: string; patentNumber: string } & Body;
  }

  const act = (token: string, id: string, action: string, version: number, reason?: string, key?: string) =>
    api.request(`/api/declarations/${id}/transitions`, {
      method: 'POST',
      token,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
      json: { action, version, ...(reason ? { reason } : {}) },
    });

  /** Takes `actions` in turn with whoever the law says takes each; returns the last detail. */
  async function walk(id: string, actions: string[], holder = university) {
    let version = 1;
    let detail: Json = {};
    for (const action of actions) {
      const token = ['publish', 'reject', 'office_withdraw'].includes(action) ? office.token : holder.token;
      const res = await json(await act(token, id, action, version, '理由说明充分'));
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
      detail = res.body;
      version = detail.declaration.version;
    }
    return detail;
  }

  /** A fresh declaration walked to `status` through the API. */
  async function declarationIn(status: string, holder = university) {
    const d = await draft(holder, await ledgerPatent(holder));
    const path: Record<string, string[]> = {
      draft: [],
      submitted: ['submit'],
      published: ['submit', 'publish'],
      rejected: ['submit', 'reject'],
      withdrawn: ['submit', 'publish', 'withdraw'],
      office_withdrawn: ['submit', 'publish', 'office_withdraw'],
    };
    await walk(d.id, path[status]!, holder);
    const version = (path[status] ?? []).length + 1;
    return { ...d, version };
  }

  describe('drafting', () => {
    it('drafts a declaration for a patent in the ledger with the catalogue’s copy of patent and holder', async () => {
      // Prepare
      const number = await ledgerPatent(university);
      // Act
      const created = await draft(university, `ZL${number}`);
      // Assess
      expect(created).toMatchObject({
        patentNumber: number,
        status: 'draft',
        version: 1,
        holderOrgId: university.org.id,
        patentType: 'invention',
        territory: '中国大陆',
        patentees: [{ name: university.org.name, orgId: university.org.id }],
        listing: {
          title: '一种高镍三元正极材料的制备方法',
          keywords: ['高镍', '正极材料'],
          ipc: ['H01M 4/525'],
          industryChains: ['先进储能材料'],
          holderName: university.org.name,
          holderRegionCode: '430100',
          holderType: 'university',
          patentExpiryDate: '2039-03-14',
        },
      });
    });

    it('refuses to draft for a patent the caller’s organisation does not hold, without saying who does', async () => {
      // Prepare
      const other = await api.member('enterprise', 'admin');
      const theirs = await ledgerPatent(other);
      // Act
      const res = await json(
        await api.request('/api/declarations', {
          method: 'POST',
          token: university.token,
          json: declarationInput(theirs),
        }),
      );
      // Assess
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('patent_not_found');
      expect(res.body.error.message).not.toContain(other.org.name);
    });

    it('names each bad field of a malformed declaration', async () => {
      const res = await json(
        await api.request('/api/declarations', {
          method: 'POST',
          token: university.token,
          json: declarationInput(randomPatentNumber(), {
            royalty: { method: 'running_royalty', base: 'net_sales' },
            period: { start: '2027-01-01', end: '2026-01-01' },
          }),
        }),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
        expect.arrayContaining(['royalty.ratePercent', 'period.end']),
      );
    });

    it('lets a pending organisation draft but not submit: submitting is an effect of the law', async () => {
      // Prepare
      const pending = await api.member('university', 'member', 'pending');
      // A pending organisation cannot add patents (issue 11): this one is in its ledger from before the rule.
      const number = randomPatentNumber();
      const input = PatentInputSchema.parse(patentInput(number, { patentees: [{ name: pending.org.name }] }));
      await table.store.patents.create(toPatent(input, pending.org.id, new Date().toISOString()));
      const d = await draft(pending, number);
      // Act
      const res = await json(await act(pending.token, d.id, 'submit', 1));
      // Assess
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('org_not_approved');
    });
  });

  describe('guards at submission (Regs Art 85–86)', () => {
    const today = todayInChina();
    const cases: Array<{
      name: string;
      code: string;
      patent?: Body;
      terms?: Body;
      utilityModel?: true;
      coOwner?: true;
    }> = [
      { name: 'the patent is not granted', code: 'patent_not_granted', patent: { grantDate: undefined } },
      {
        name: 'annual fees are in the late window',
        code: 'annual_fee_late_window',
        patent: { legal: { ...PAID, annualFee: 'late_window' } },
      },
      {
        name: 'annual fees are unpaid and the right lapsed',
        code: 'annual_fee_unpaid',
        patent: { legal: { ...PAID, annualFee: 'lapsed' } },
      },
      {
        name: 'an exclusive licence is in force',
        code: 'exclusive_licence_in_force',
        patent: { legal: { ...PAID, exclusiveLicence: { kind: 'exclusive', until: '2099-12-31' } } },
      },
      {
        name: 'a sole licence is in force',
        code: 'exclusive_licence_in_force',
        patent: { legal: { ...PAID, exclusiveLicence: { kind: 'sole', until: '2099-12-31' } } },
      },
      {
        name: 'proceedings are suspended',
        code: 'proceedings_suspended',
        patent: { legal: { ...PAID, proceedingsSuspended: true } },
      },
      {
        name: 'the patent is pledged without the pledgee’s consent',
        code: 'pledge_without_consent',
        patent: { legal: { ...PAID, pledge: { pledgee: '长沙银行', pledgeeConsented: false } } },
      },
      {
        name: 'a co-owner has not consented',
        code: 'co_owner_not_consented',
        coOwner: true,
      },
      {
        name: 'a utility model has no evaluation report',
        code: 'evaluation_report_missing',
        utilityModel: true,
      },
      {
        name: 'a utility model’s evaluation report is unfavourable',
        code: 'evaluation_report_unfavourable',
        utilityModel: true,
        patent: { evaluationReport: { reference: 'PJ2023-0042', conclusion: 'unfavourable' } },
      },
      {
        name: 'the period is under one year',
        code: 'period_too_short',
        terms: { period: { start: today, end: addMonths(today, 6) } },
      },
      {
        name: 'the period runs past the patent’s expiry',
        code: 'period_past_expiry',
        terms: { period: { start: today, end: '2040-03-14' } },
      },
      {
        name: 'the period started before today',
        code: 'period_start_in_past',
        terms: { period: { start: addDays(today, -10), end: addDays(today, 1000) } },
      },
      {
        name: 'statutory text uses promotional wording',
        code: 'promotional_wording',
        terms: { scope: '国内领先水平的制造、使用、销售' },
      },
    ];

    it.each(cases)(
      'refuses to submit when $name ($code)',
      async ({ code, patent, terms, utilityModel, coOwner }) => {
        // Prepare
        const number = await ledgerPatent(
          university,
          coOwner
            ? { patentees: [{ name: university.org.name }, { name: '麓山科技有限公司' }] }
            : (patent ?? {}),
          utilityModel ? randomUtilityModelNumber() : randomPatentNumber(),
        );
        const d = await draft(university, number, terms ?? {});
        // Act
        const res = await json(await act(university.token, d.id, 'submit', 1));
        // Assess
        expect(res.status).toBe(422);
        expect(res.body.error.code).toBe('declaration_not_allowed');
        expect(res.body.error.message).toMatch(CHINESE);
        const issue = res.body.error.details.find((i: { code: string }) => i.code === code);
        expect(issue).toEqual({
          code,
          message: expect.stringMatching(CHINESE),
          title: expect.stringMatching(CHINESE),
          ...(issue?.field ? { field: expect.any(String) } : {}),
        });
        const stored = await json(
          await api.request(`/api/declarations/${d.id}`, { token: university.token }),
        );
        expect(stored.body.declaration).toMatchObject({ status: 'draft', version: 1 });
      },
    );

    it('submits a utility model with a favourable evaluation report', async () => {
      const number = await ledgerPatent(
        university,
        { evaluationReport: { reference: 'PJ2023-0007', conclusion: 'favourable' } },
        randomUtilityModelNumber(),
      );
      const d = await draft(university, number, { evaluationReportReference: 'PJ2023-0007' });
      const res = await json(await act(university.token, d.id, 'submit', 1));
      expect(res.status).toBe(200);
      expect(res.body.declaration.status).toBe('submitted');
    });

    it('lists every failing guard at once, each with its Chinese message', async () => {
      const number = await ledgerPatent(university, {
        legal: { ...PAID, annualFee: 'late_window', proceedingsSuspended: true },
      });
      const d = await draft(university, number, { scope: '最佳的制造方法' });
      const res = await json(await act(university.token, d.id, 'submit', 1));
      expect(res.body.error.details.map((i: { code: string }) => i.code)).toEqual([
        'annual_fee_late_window',
        'proceedings_suspended',
        'promotional_wording',
      ]);
    });

    it('re-checks at publication against the patent as the ledger has it then', async () => {
      // Prepare: submitted cleanly, then the holder records a pledge without consent
      const number = await ledgerPatent(university);
      const d = await draft(university, number);
      await walk(d.id, ['submit']);
      await api.request(`/api/patents/${number}`, {
        method: 'PUT',
        token: university.token,
        json: {
          ...patentInput(number, {
            patentees: [{ name: university.org.name }],
            legal: { ...PAID, pledge: { pledgee: '长沙银行', pledgeeConsented: false } },
          }),
          version: 1,
        },
      });
      // Act
      const res = await json(await act(office.token, d.id, 'publish', 2));
      // Assess
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([expect.objectContaining({ code: 'pledge_without_consent' })]);
    });
  });

  describe('live check (POST /api/declarations/check)', () => {
    it('answers every finding with its title and saves nothing', async () => {
      // Prepare
      const holder = await api.member('university', 'member');
      const number = await ledgerPatent(holder, { legal: { ...PAID, proceedingsSuspended: true } });
      // Act
      const res = await json(
        await api.request('/api/declarations/check', {
          method: 'POST',
          token: holder.token,
          json: declarationInput(number, {
            royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 25 },
          }),
        }),
      );
      // Assess
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        errors: [
          {
            code: 'proceedings_suspended',
            field: 'legal.proceedingsSuspended',
            message: expect.stringMatching(CHINESE),
            title: '专利权处于中止程序',
          },
        ],
        warnings: [
          {
            code: 'net_sales_rate_above_guidance',
            field: 'royalty.ratePercent',
            message: expect.stringMatching(CHINESE),
            title: '销售额提成比例高于指导标准',
          },
        ],
      });
      const list = await json(await api.request('/api/declarations', { token: holder.token }));
      expect(list.body.items).toEqual([]);
    });

    it('says so when the patent is not in the caller’s ledger', async () => {
      const res = await json(
        await api.request('/api/declarations/check', {
          method: 'POST',
          token: university.token,
          json: declarationInput(randomPatentNumber()),
        }),
      );
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          code: 'patent_not_in_ledger',
          field: 'patentNumber',
          title: '专利不在本机构台账中',
        }),
      ]);
    });
  });

  describe('lifecycle', () => {
    it.each([
      ['submit', 'draft', 'submitted', 'holder'],
      ['publish', 'submitted', 'published', 'office'],
      ['reject', 'submitted', 'rejected', 'office'],
      ['withdraw', 'published', 'withdrawn', 'holder'],
      ['office_withdraw', 'published', 'office_withdrawn', 'office'],
      ['revise', 'rejected', 'draft', 'holder'],
    ])('lets %s move a declaration from %s to %s, taken by the %s', async (action, from, to, actor) => {
      // Prepare
      const d = await declarationIn(from);
      const token = actor === 'office' ? office.token : university.token;
      // Act
      const res = await json(await act(token, d.id, action, d.version, '理由：材料已核实'));
      // Assess
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.declaration).toMatchObject({ status: to, version: d.version + 1 });
      expect(res.body.declaration.statusChangedBy).toBe(
        actor === 'office' ? office.user.id : university.user.id,
      );
    });

    it.each([
      ['publish', 'draft'],
      ['withdraw', 'draft'],
      ['submit', 'submitted'],
      ['revise', 'published'],
      ['reject', 'published'],
      ['submit', 'withdrawn'],
      ['publish', 'office_withdrawn'],
      ['withdraw', 'rejected'],
    ])('refuses %s from %s with 409 and names the current status', async (action, from) => {
      // Prepare
      const d = await declarationIn(from);
      const token = ['publish', 'reject', 'office_withdraw'].includes(action)
        ? office.token
        : university.token;
      // Act
      const res = await json(await act(token, d.id, action, d.version, '理由说明充分'));
      // Assess
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'invalid_transition', details: { status: from, action } });
      expect(res.body.error.message).toMatch(CHINESE);
    });

    it.each([
      ['reject', 'submitted', 'office'],
      ['withdraw', 'published', 'holder'],
      ['office_withdraw', 'published', 'office'],
    ])('requires a reason to %s', async (action, from, by) => {
      const d = await declarationIn(from);
      const res = await json(
        await act(by === 'office' ? office.token : university.token, d.id, action, d.version),
      );
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('reason_required');
    });

    it('lets only the office publish and only the holder submit or withdraw', async () => {
      const submitted = await declarationIn('submitted');
      const published = await declarationIn('published');
      const draftOne = await declarationIn('draft');
      expect((await act(university.token, submitted.id, 'publish', submitted.version)).status).toBe(403);
      expect((await act(office.token, draftOne.id, 'submit', 1)).status).toBe(403);
      expect((await act(office.token, published.id, 'withdraw', published.version, '理由充分')).status).toBe(
        403,
      );
    });

    it('answers a transition from a stale version with 409 and changes nothing', async () => {
      const d = await declarationIn('submitted');
      const res = await json(await act(office.token, d.id, 'publish', 1));
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('stale_version');
    });

    it('lets one of two concurrent decisions win; the other gets 409', async () => {
      // Prepare
      const d = await declarationIn('submitted');
      // Act
      const results = await Promise.all([
        act(office.token, d.id, 'publish', d.version),
        act(office.token, d.id, 'reject', d.version, '评价报告编号有误'),
      ]);
      // Assess
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner: Json = await results.find((r) => r.status === 200)!.json();
      const stored = await json(await api.request(`/api/declarations/${d.id}`, { token: university.token }));
      expect(stored.body.declaration).toMatchObject({ status: winner.declaration.status, version: 3 });
      const trail = await table.store.audit.listForOrg(university.org.id, 500);
      expect(
        trail.filter((e) => e.summary.includes(d.id) && e.action !== 'declaration.submitted'),
      ).toHaveLength(1);
    });

    it('replays a retried transition with the same Idempotency-Key instead of applying it twice', async () => {
      // Prepare
      const d = await declarationIn('draft');
      const key = `submit-${ulid()}`;
      // Act
      const first = await act(university.token, d.id, 'submit', 1, undefined, key);
      const again = await act(university.token, d.id, 'submit', 1, undefined, key);
      // Assess
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toEqual(await first.json());
      const stored = await json(await api.request(`/api/declarations/${d.id}`, { token: university.token }));
      expect(stored.body.declaration.version).toBe(2);
    });

    it('records every status change on the holder’s evidence trail, with actor and reason', async () => {
      // Prepare
      const holder = await api.member('park', 'admin');
      const first = await draft(holder, await ledgerPatent(holder));
      const second = await draft(holder, await ledgerPatent(holder));
      const third = await draft(holder, await ledgerPatent(holder));
      // Act
      await walk(first.id, ['submit', 'reject', 'revise'], holder);
      await walk(second.id, ['submit', 'publish', 'withdraw'], holder);
      await walk(third.id, ['submit', 'publish', 'office_withdraw'], holder);
      // Assess
      const trail = await json(
        await api.request(`/api/orgs/${holder.org.id}/audit`, { token: holder.token }),
      );
      const entries = trail.body.items.filter((e: { action: string }) => e.action.startsWith('declaration.'));
      const of = (id: string) =>
        entries
          .filter((e: { summary: string }) => e.summary.includes(id))
          .map((e: { action: string; actorId: string }) => [e.action, e.actorId])
          .reverse();
      expect(of(first.id)).toEqual([
        ['declaration.submitted', holder.user.id],
        ['declaration.rejected', office.user.id],
        ['declaration.revised', holder.user.id],
      ]);
      expect(of(second.id)).toEqual([
        ['declaration.submitted', holder.user.id],
        ['declaration.published', office.user.id],
        ['declaration.withdrawn', holder.user.id],
      ]);
      expect(of(third.id)).toEqual([
        ['declaration.submitted', holder.user.id],
        ['declaration.published', office.user.id],
        ['declaration.office_withdrawn', office.user.id],
      ]);
      const withdrawal = entries.find((e: { action: string }) => e.action === 'declaration.withdrawn');
      expect(withdrawal.summary).toContain('理由说明充分');
      expect(withdrawal.summary).toContain('此前已生效的开放许可继续有效');
    });
  });

  describe('one active declaration per patent', () => {
    it('refuses a second submitted declaration of the same patent until the first ends', async () => {
      // Prepare
      const number = await ledgerPatent(university);
      const first = await draft(university, number);
      const second = await draft(university, number);
      await walk(first.id, ['submit', 'publish']);
      // Act
      const refused = await json(await act(university.token, second.id, 'submit', 1));
      // Assess
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'declaration_active',
        details: { declarationId: first.id },
      });
    });

    it('frees the patent once the active declaration is withdrawn', async () => {
      const number = await ledgerPatent(university);
      const first = await draft(university, number);
      const second = await draft(university, number);
      await walk(first.id, ['submit', 'publish']);
      const withdrawn = await json(await act(university.token, first.id, 'withdraw', 3, '技术已转让'));
      const res = await json(await act(university.token, second.id, 'submit', 1));
      expect(withdrawn.status).toBe(200);
      expect(res.status).toBe(200);
    });
  });

  describe('editing', () => {
    it('edits a draft with its version and refuses a stale copy', async () => {
      // Prepare
      const number = await ledgerPatent(university);
      const d = await draft(university, number);
      const edit = (version: number, scope: string) =>
        api.request(`/api/declarations/${d.id}`, {
          method: 'PUT',
          token: university.token,
          json: { ...declarationInput(number, { scope }), version },
        });
      // Act
      const saved = await json(await edit(1, '制造、使用本专利产品'));
      const stale = await json(await edit(1, '销售本专利产品'));
      // Assess
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ scope: '制造、使用本专利产品', version: 2 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('stale_version');
    });

    it('will not edit a published price: withdraw and declare again', async () => {
      // Prepare
      const d = await declarationIn('published');
      // Act
      const res = await json(
        await api.request(`/api/declarations/${d.id}`, {
          method: 'PUT',
          token: university.token,
          json: {
            ...declarationInput(d.patentNumber, {
              royalty: { method: 'lump_sum', amountFen: 100_000_00 },
            }),
            version: d.version,
          },
        }),
      );
      // Assess
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('declaration_not_editable');
      expect(res.body.error.message).toContain('撤回后重新声明');
      const stored = await json(await api.request(`/api/declarations/${d.id}`, { token: university.token }));
      expect(stored.body.declaration.royalty).toEqual({
        method: 'running_royalty',
        base: 'net_sales',
        ratePercent: 3,
      });
    });
  });

  describe('reading', () => {
    it('shows guards as of now, the annual-fee effect and what each caller may do next', async () => {
      // Prepare
      const d = await declarationIn('published');
      // Act
      const forHolder = await json(
        await api.request(`/api/declarations/${d.id}`, { token: university.token }),
      );
      const forOffice = await json(await api.request(`/api/declarations/${d.id}`, { token: office.token }));
      // Assess
      expect(forHolder.body).toMatchObject({
        guards: { errors: [], warnings: [] },
        annualFee: { percent: 15, source: 'open_licence' },
        availableActions: ['withdraw'],
      });
      expect(forOffice.body.availableActions).toEqual(['office_withdraw']);
    });

    it('keeps the better existing fee reduction instead of stacking', async () => {
      const number = await ledgerPatent(university, { feeReductionPercent: 85 });
      const d = await draft(university, number);
      const detail = await walk(d.id, ['submit', 'publish']);
      expect(detail.annualFee).toMatchObject({ percent: 85, source: 'existing' });
    });

    it('lists the organisation’s declarations newest first, by status when asked', async () => {
      // Prepare
      const holder = await api.member('enterprise', 'admin');
      const a = await draft(holder, await ledgerPatent(holder));
      const b = await draft(holder, await ledgerPatent(holder));
      const c = await draft(holder, await ledgerPatent(holder));
      await walk(b.id, ['submit'], holder);
      // Act
      const all = await json(await api.request('/api/declarations?limit=2', { token: holder.token }));
      const rest = await json(
        await api.request(`/api/declarations?limit=2&cursor=${all.body.nextCursor}`, { token: holder.token }),
      );
      const drafts = await json(await api.request('/api/declarations?status=draft', { token: holder.token }));
      // Assess
      expect([...all.body.items, ...rest.body.items].map((x: { id: string }) => x.id)).toEqual([
        c.id,
        b.id,
        a.id,
      ]);
      expect(drafts.body.items.map((x: { id: string }) => x.id)).toEqual([c.id, a.id]);
    });

    it('gives the IP office its review queue oldest first, with holder names and guards', async () => {
      // Prepare
      const holder = await api.member('university', 'admin');
      const first = await draft(holder, await ledgerPatent(holder));
      const second = await draft(holder, await ledgerPatent(holder));
      await walk(first.id, ['submit'], holder);
      await walk(second.id, ['submit'], holder);
      // Act
      const items: Json[] = [];
      let cursor: string | undefined;
      do {
        const page = await json(
          await api.request(`/api/declarations/review-queue?limit=50${cursor ? `&cursor=${cursor}` : ''}`, {
            token: office.token,
          }),
        );
        expect(page.status).toBe(200);
        items.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      const denied = await api.request('/api/declarations/review-queue', { token: holder.token });
      // Assess
      const ours = items.filter((i) => i.declaration.holderOrgId === holder.org.id);
      expect(ours.map((i) => i.declaration.id)).toEqual([first.id, second.id]);
      expect(ours[0]).toMatchObject({ holderName: holder.org.name, guards: { errors: [], warnings: [] } });
      expect(items.every((i) => i.declaration.status === 'submitted')).toBe(true);
      expect(denied.status).toBe(403);
    });

    it('estimates the royalty for a licensee’s yearly sales', async () => {
      // Prepare: 3 % of net sales over three years
      const d = await declarationIn('draft');
      // Act
      const res = await json(
        await api.request(`/api/declarations/${d.id}/royalty?yearlySalesFen=100000000`, {
          token: university.token,
        }),
      );
      const missing = await json(
        await api.request(`/api/declarations/${d.id}/royalty`, { token: office.token }),
      );
      // Assess
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        years: [
          { year: 1, amountFen: 3_000_000 },
          { year: 2, amountFen: 3_000_000 },
          { year: 3, amountFen: 3_000_000 },
        ],
        totalFen: 9_000_000,
        missingInputs: [],
      });
      expect(missing.body).toMatchObject({ totalFen: 0, missingInputs: ['yearlySalesFen'] });
    });

    it.each(['-1', '1.5', '1e3', '', 'abc'])(
      'refuses yearlySalesFen=%j as not a whole number',
      async (value) => {
        const d = await declarationIn('draft');
        const res = await json(
          await api.request(`/api/declarations/${d.id}/royalty?yearlySalesFen=${value}`, {
            token: university.token,
          }),
        );
        expect(res.status).toBe(400);
        expect(res.body.error.details[0].path).toBe('query.yearlySalesFen');
      },
    );
  });

  describe('expiry (scheduled job expire-declarations)', () => {
    it('expires a published declaration whose period has ended, frees the patent, and is idempotent', async () => {
      // Prepare: a declaration published in 2020 for two years, written through the repository
      const holder = ulid();
      const record = declarationRecordOf(holder, {
        period: { start: '2020-01-01', end: '2021-12-31' },
        createdAt: '2019-12-01T00:00:00.000Z',
      });
      await table.store.declarations.create(record);
      const audit = (action: string) => ({
        id: ulid(),
        orgId: holder,
        at: new Date().toISOString(),
        actorId: 'seed',
        action,
        summary: action,
      });
      const submitted = { ...record, status: 'submitted' as const, version: 2 };
      await table.store.declarations.transition(record, submitted, audit('declaration.submitted'));
      const published = { ...submitted, status: 'published' as const, version: 3 };
      await table.store.declarations.transition(submitted, published, audit('declaration.published'));
      const current = declarationRecordOf(holder);
      await table.store.declarations.create(current);
      await table.store.declarations.transition(
        current,
        { ...current, status: 'submitted', version: 2 },
        audit('s'),
      );
      await table.store.declarations.transition(
        { ...current, status: 'submitted', version: 2 },
        { ...current, status: 'published', version: 3 },
        audit('p'),
      );
      const run = createScheduledHandler(scheduledJobs(table.store), table.store.jobRuns);
      // Act
      const first = await run({ jobs: ['expire-declarations'] });
      const second = await run({ jobs: ['expire-declarations'] });
      // Assess
      expect(first['expire-declarations']).toBe('expired 1 declarations');
      expect(second['expire-declarations']).toBe('expired 0 declarations');
      expect(await table.store.declarations.get(record.id)).toMatchObject({
        status: 'expired',
        version: 4,
        statusChangedBy: 'system',
      });
      expect(await table.store.declarations.get(current.id)).toMatchObject({
        status: 'published',
        version: 3,
      });
      expect(await table.store.declarations.activeFor(record.patentNumber)).toBeUndefined();
      const trail = await table.store.audit.listForOrg(holder);
      expect(trail.filter((e) => e.action === 'declaration.expired')).toEqual([
        expect.objectContaining({ actorId: 'system', summary: expect.stringContaining(record.id) }),
      ]);
      expect(await table.store.jobRuns.last('expire-declarations')).toMatchObject({
        outcome: 'expired 0 declarations',
      });
    });
  });
});
