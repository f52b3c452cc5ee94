import { DEFAULT_IPC_CHAIN_TABLE } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

type Member = Awaited<ReturnType<ReturnType<typeof createTestApi>['member']>>;

const TABLE = { entries: [{ prefix: 'H01M', chains: ['先进储能材料'] }] };

describe('the IP office’s grading settings (/api/grading-settings)', () => {
  let api: ReturnType<typeof createTestApi>;
  let office: Member;
  beforeAll(async () => {
    api = createTestApi(await createTestTable());
    office = await api.member('ip_office', 'admin');
  });
  const save = (body: unknown, token = office.token) =>
    api.request('/api/grading-settings', { method: 'PUT', token, json: body });

  it('starts from no priority chains and the platform’s IPC table (version 0), then keeps what the office saves', async () => {
    // Act
    const before = await (await api.request('/api/grading-settings', { token: office.token })).json();
    const saved = await save({ priorityChains: ['先进储能材料', '工程机械'], ipcChains: TABLE, version: 0 });
    const after = await (await api.request('/api/grading-settings', { token: office.token })).json();

    // Assess
    expect(before).toMatchObject({ version: 0, priorityChains: [], ipcChains: DEFAULT_IPC_CHAIN_TABLE });
    expect(saved.status).toBe(200);
    expect(after).toMatchObject({
      version: 1,
      officeOrgId: office.org.id,
      priorityChains: ['先进储能材料', '工程机械'],
      ipcChains: TABLE,
      defaultIpcChains: DEFAULT_IPC_CHAIN_TABLE,
    });
  });

  it('refuses a save over a version someone else already saved with 409 stale_version', async () => {
    // Prepare
    const other = await api.member('ip_office', 'admin');
    await save({ priorityChains: ['新材料'], ipcChains: TABLE, version: 0 }, other.token);

    // Act
    const res = await save({ priorityChains: ['生物医药'], ipcChains: TABLE, version: 0 }, other.token);

    // Assess
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('stale_version');
    expect(body.error.message).toContain('分级设置');
  });

  it.each([
    [
      'an IPC prefix that is not one',
      { priorityChains: [], ipcChains: { entries: [{ prefix: '电池', chains: ['新材料'] }] } },
      'ipcChains.entries.0.prefix',
    ],
    [
      'a prefix with no chain',
      { priorityChains: [], ipcChains: { entries: [{ prefix: 'H01M', chains: [] }] } },
      'ipcChains.entries.0.chains',
    ],
    [
      'a priority chain named twice',
      { priorityChains: ['新材料', '新材料'], ipcChains: TABLE },
      'priorityChains.1',
    ],
    ['an empty chain name', { priorityChains: ['  '], ipcChains: TABLE }, 'priorityChains.0'],
  ])('answers 400 naming the field for %s', async (_what, body, path) => {
    // Act
    const res = await save({ ...body, version: 0 });

    // Assess
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a university (403)', async () => {
    // Prepare
    const university = await api.member('university', 'admin');

    // Act
    const res = await save({ priorityChains: [], ipcChains: TABLE, version: 0 }, university.token);

    // Assess
    expect(res.status).toBe(403);
  });
});
