import { addDays, type ConversionNeed, isoDateInChina } from '@openlicense/domain';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationRecordOf } from '../support/declaration-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;
interface DealBody {
  id: string;
  stage: string;
  kind: string;
  broker?: unknown;
  source: { kind: string; conversionNeedId?: string };
}

describe('conversion needs (成果转化需求): a university posts, an enterprise answers, a lead opens', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  let university: Member;
  let otherUniversity: Member;
  let enterprise: Member;
  let agency: Member;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    [university, otherUniversity, enterprise, agency] = await Promise.all([
      api.member('university', 'admin'),
      api.member('university', 'admin'),
      api.member('enterprise', 'admin'),
      api.member('agency', 'admin'),
    ]);
  });

  const closingDate = () => addDays(isoDateInChina(new Date()), 30);
  const needInput = (declarationId: string, over: Record<string, unknown> = {}) => ({
    declarationId,
    kind: 'pilot_scale',
    description: '寻找具备千吨级中试条件的合作方完成放大验证',
    offer: '工艺包、样品与技术团队驻场支持',
    regionCode: '430400',
    budget: { minFen: 50_000_000, maxFen: 200_000_000 },
    closingDate: closingDate(),
    ...over,
  });
  const answerInput = {
    message: '我司有中试线，可在三个月内完成放大',
    contact: { name: '王工', phone: '13800000000', email: 'wang@example.com' },
  };

  /** A published listing of `holder`. */
  async function listing(holder: Member) {
    const record = declarationRecordOf(holder.org.id, { status: 'published' });
    await table.store.declarations.create(record);
    return record;
  }

  async function post(holder: Member, declarationId: string, key = ulid()) {
    return api.request('/api/conversion-needs', {
      method: 'POST',
      token: holder.token,
      headers: { 'idempotency-key': key },
      json: needInput(declarationId),
    });
  }

  async function posted(): Promise<ConversionNeed> {
    const res = await post(university, (await listing(university)).id);
    expect(res.status).toBe(201);
    return (await res.json()) as ConversionNeed;
  }

  const answer = (id: string, member: Member, key = ulid()) =>
    api.request(`/api/conversion-needs/${id}/answers`, {
      method: 'POST',
      token: member.token,
      headers: { 'idempotency-key': key },
      json: answerInput,
    });

  const dealsOf = async (member: Member) => {
    const res = await api.request('/api/deals', { token: member.token });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: DealBody[] }).items;
  };

  it('the holder university posts one on its published listing; agencies and enterprises see it open', async () => {
    // Act
    const need = await posted();
    // Assess
    expect(need).toMatchObject({ status: 'open', kind: 'pilot_scale', posterOrgId: university.org.id });
    for (const viewer of [agency, enterprise]) {
      const res = await api.request('/api/conversion-needs?limit=100', { token: viewer.token });
      expect(res.status).toBe(200);
      const { items } = (await res.json()) as { items: ConversionNeed[] };
      expect(items.map((n) => n.id)).toContain(need.id);
    }
  });

  it('refuses another university posting on a listing it does not hold (403), and writes nothing', async () => {
    // Prepare
    const theirs = await listing(university);
    // Act
    const res = await post(otherUniversity, theirs.id);
    // Assess
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_holder');
    const mine = await api.request('/api/conversion-needs?mine=true', { token: otherUniversity.token });
    expect(((await mine.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('answers 400 naming the field for bad input', async () => {
    const { id } = await listing(university);
    const res = await api.request('/api/conversion-needs', {
      method: 'POST',
      token: university.token,
      json: needInput(id, { kind: 'consulting', description: '短' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: { path: string; message: string }[] } };
    expect(body.error.details.map((d) => d.path).sort()).toEqual(['description', 'kind']);
    expect(body.error.details.find((d) => d.path === 'kind')?.message).toMatch(/中试合作.* \/ kind must be/);
  });

  it("an enterprise's answer opens exactly one deal lead with the university, no broker; a replay opens none more", async () => {
    // Prepare
    const need = await posted();
    const key = ulid();
    // Act
    const first = await answer(need.id, enterprise, key);
    const replay = await answer(need.id, enterprise, key);
    // Assess
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    const { deal } = (await first.json()) as { deal: DealBody };
    expect(((await replay.json()) as { deal: DealBody }).deal.id).toBe(deal.id);
    const leads = (await dealsOf(university)).filter((d) => d.source.conversionNeedId === need.id);
    expect(leads).toEqual([
      expect.objectContaining({ id: deal.id, stage: 'lead', kind: 'joint_development' }),
    ]);
    expect(leads[0]?.broker).toBeUndefined();
    expect((await dealsOf(enterprise)).map((d) => d.id)).toContain(deal.id);
    expect((await dealsOf(agency)).map((d) => d.id)).not.toContain(deal.id);
    // The university reads the answer with its contact; the need reads as answered.
    const view = await api.request(`/api/conversion-needs/${need.id}`, { token: university.token });
    expect(await view.json()).toMatchObject({
      need: { status: 'answered', answerCount: 1 },
      answers: [
        { enterpriseOrgId: enterprise.org.id, contact: { email: 'wang@example.com' }, dealId: deal.id },
      ],
    });
  });

  it('a second answer of the same enterprise (a new request) is refused (409), still one lead', async () => {
    const need = await posted();
    expect((await answer(need.id, enterprise)).status).toBe(201);
    const again = await answer(need.id, enterprise);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_answered');
    const leads = (await dealsOf(university)).filter((d) => d.source.conversionNeedId === need.id);
    expect(leads).toHaveLength(1);
  });

  it("keeps an answer's contact from other enterprises and agencies: they see only the count", async () => {
    const need = await posted();
    await answer(need.id, enterprise);
    const other = await api.member('enterprise', 'admin');
    for (const viewer of [other, agency]) {
      const res = await api.request(`/api/conversion-needs/${need.id}`, { token: viewer.token });
      expect(await res.json()).toMatchObject({ need: { answerCount: 1 }, answers: [], answeredByMe: false });
    }
  });

  it('a withdrawn need leaves the open list and refuses answers (409)', async () => {
    // Prepare
    const need = await posted();
    // Act
    const withdrawn = await api.request(`/api/conversion-needs/${need.id}/withdraw`, {
      method: 'POST',
      token: university.token,
    });
    const refused = await answer(need.id, enterprise);
    // Assess
    expect(withdrawn.status).toBe(200);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/已撤回/);
    const open = await api.request('/api/conversion-needs?limit=100', { token: enterprise.token });
    expect(((await open.json()) as { items: ConversionNeed[] }).items.map((n) => n.id)).not.toContain(
      need.id,
    );
    expect((await dealsOf(university)).filter((d) => d.source.conversionNeedId === need.id)).toEqual([]);
  });

  it('refuses an enterprise answering a need about its own patents (409), opening no lead', async () => {
    // Prepare: a bundle need whose patents include one the enterprise holds
    const at = new Date().toISOString();
    const need: ConversionNeed = {
      id: ulid(),
      kind: 'co_development',
      status: 'open',
      subject: {
        kind: 'bundle',
        id: ulid(),
        title: '储能材料专利包',
        patents: [
          { number: 'CN201910000001.X', title: '一种正极材料', holderOrgId: university.org.id },
          { number: 'CN201910000002.X', title: '一种电解液', holderOrgId: enterprise.org.id },
        ],
      },
      posterOrgId: university.org.id,
      posterName: university.org.name,
      description: '寻找合作开发伙伴完成电池样品试制',
      offer: '实验平台',
      regionCode: '430100',
      closingDate: closingDate(),
      answerCount: 0,
      createdAt: at,
      createdBy: university.user.id,
      updatedAt: at,
      version: 1,
    };
    await table.store.conversionNeeds.create(need, {
      id: ulid(),
      orgId: university.org.id,
      at,
      actorId: university.user.id,
      action: 'conversion_need.posted',
      summary: 'test',
    });
    // Act
    const res = await answer(need.id, enterprise);
    // Assess
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('own_patents');
    expect((await dealsOf(university)).filter((d) => d.source.conversionNeedId === need.id)).toEqual([]);
  });

  it('only the poster withdraws: another university is told nothing is there (404)', async () => {
    const need = await posted();
    const res = await api.request(`/api/conversion-needs/${need.id}/withdraw`, {
      method: 'POST',
      token: otherUniversity.token,
    });
    expect(res.status).toBe(404);
  });
});
