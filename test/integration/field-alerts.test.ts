import { fieldAlerts, marketNeeds } from '@openlicense/app/jobs';
import type { MailMessage } from '@openlicense/mail';
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../support/need-input.ts';
import { createTestApi } from '../support/test-api.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

const DAY = 86_400_000;

/** 10:00 in China on the first Monday at least `afterDays` days from `from`. */
function mondayAfter(from: Date, afterDays: number): Date {
  const day = new Date(from.getTime() + afterDays * DAY);
  const china = new Date(day.getTime() + 8 * 3_600_000);
  const toMonday = (8 - (china.getUTCDay() || 7)) % 7;
  const date = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() + toMonday));
  return new Date(date.getTime() + 2 * 3_600_000);
}

describe('weekly field alerts (DynamoDB Local)', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
  });

  /** The nightly run as the scheduler orders it: the projection, then the alerts. */
  async function night(at: Date, sent: MailMessage[]) {
    const clock = { now: () => at };
    await marketNeeds(table.store, clock).run();
    const mailer = { send: async (mail: MailMessage) => void sent.push(mail) };
    return fieldAlerts(table.store, clock, {
      mailer,
      from: '平台 <noreply@openlicense.local>',
      appUrl: 'https://openlicense.example.cn',
    }).run();
  }

  it('mails each subscriber once a week the new needs under its fields, private ones only counted, until it unsubscribes', async () => {
    // Prepare
    const university = await api.member('university', 'admin');
    const other = await api.member('university', 'admin');
    const { org: enterprise } = await api.member('enterprise', 'admin');
    const subscribe = (token: string, json: unknown) =>
      api.request('/api/market/alerts', { method: 'PUT', token, json });
    expect(
      (
        await subscribe(university.token, {
          ipcPrefixes: ['H01M'],
          industryChains: [],
          email: 'tt@hnu.edu.cn',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await subscribe(other.token, {
          ipcPrefixes: [],
          industryChains: ['工程机械'],
          email: 'tt@csu.edu.cn',
        })
      ).status,
    ).toBe(200);
    const subscribedAt = new Date();
    const week1 = mondayAfter(subscribedAt, 1);
    const put = async (title: string, at: Date, overrides: Record<string, unknown> = {}) => {
      const need = needOf(
        enterprise.id,
        { title, industryChains: ['先进储能材料'], ipc: ['H01M 10/052'], ...overrides },
        {
          at: at.toISOString(),
        },
      );
      await table.store.needs.create({ ...need, status: 'open' });
    };
    await put('早于订阅的硬碳负极需求', new Date(subscribedAt.getTime() - DAY));
    await put('钠电正极包覆改性公开需求', new Date(subscribedAt.getTime() + 3_600_000));
    await put('固态电解质秘密配方需求', new Date(subscribedAt.getTime() + 3_600_000), {
      visibility: 'private',
    });
    await put('农机导航控制算法需求', new Date(subscribedAt.getTime() + 3_600_000), {
      industryChains: ['智能农机'],
      ipc: ['A01B 69/00'],
    });
    const sent: MailMessage[] = [];

    // Act: the week's Monday, a rerun the same morning, the Tuesday
    const first = await night(week1, sent);
    const rerun = await night(new Date(week1.getTime() + 3 * 3_600_000), sent);
    const tuesday = await night(new Date(week1.getTime() + DAY), sent);

    // Assess
    expect(first).toMatch(/: 1 sent \(1 by email\) of 2 subscribers$/);
    expect(rerun).toMatch(/: 0 sent/);
    expect(tuesday).toMatch(/not Monday/);
    expect(sent.map((m) => m.to)).toEqual(['tt@hnu.edu.cn']);
    const mail = sent[0]?.text ?? '';
    expect(mail).toContain('钠电正极包覆改性公开需求');
    expect(mail).toContain('1 条非公开需求');
    expect(mail).not.toContain('固态电解质秘密配方需求');
    expect(mail).not.toContain('早于订阅的硬碳负极需求');
    expect(mail).not.toContain('农机导航控制算法需求');

    // Act: a need published during the week, the next Monday
    await put('储能电池热管理新需求', new Date(week1.getTime() + 2 * DAY));
    const second = await night(new Date(week1.getTime() + 7 * DAY), sent);

    // Assess: only the new need, and the inbox holds both weeks, newest first
    expect(second).toMatch(/: 1 sent/);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.text).toContain('储能电池热管理新需求');
    expect(sent[1]?.text).not.toContain('钠电正极包覆改性公开需求');
    const inbox = await (await api.request('/api/market/alerts', { token: university.token })).json();
    expect(inbox.subscription).not.toHaveProperty('unsubscribeToken');
    expect(inbox.alerts.map((a: { needs: { title: string }[] }) => a.needs.map((n) => n.title))).toEqual([
      ['储能电池热管理新需求'],
      ['钠电正极包覆改性公开需求'],
    ]);
    expect(inbox.alerts[1].hidden).toEqual([expect.objectContaining({ chain: '先进储能材料', count: 1 })]);
    expect(JSON.stringify(inbox)).not.toContain('固态电解质秘密配方需求');

    // Act: the e-mail's unsubscribe link, without signing in; then a new need and the next Monday
    const link = /\/#\/alerts-unsubscribe\?token=([^\s]+)/.exec(mail)?.[1] ?? '';
    const unknown = await api.request('/api/market/alerts/unsubscribe?token=nobody');
    const unsubscribed = await api.request(`/api/market/alerts/unsubscribe?token=${link}`);
    await put('钠电负极预锂化需求', new Date(week1.getTime() + 9 * DAY));
    const third = await night(new Date(week1.getTime() + 14 * DAY), sent);

    // Assess
    expect(unknown.status).toBe(404);
    expect(unsubscribed.status).toBe(200);
    expect(third).toMatch(/: 0 sent \(0 by email\) of 1 subscribers$/);
    expect(sent).toHaveLength(2);
    const after = await (await api.request('/api/market/alerts', { token: university.token })).json();
    expect(after.subscription.active).toBe(false);
  });

  it('lets only an approved university subscribe, and names a missing field', async () => {
    // Prepare
    const agency = await api.member('agency', 'admin');
    const pending = await api.member('university', 'admin', 'pending');
    const university = await api.member('university', 'member');
    // Act
    const byAgency = await api.request('/api/market/alerts', { token: agency.token });
    const byPending = await api.request('/api/market/alerts', { token: pending.token });
    const empty = await api.request('/api/market/alerts', {
      method: 'PUT',
      token: university.token,
      json: { ipcPrefixes: [], industryChains: [] },
    });
    const neverSubscribed = await api.request('/api/market/alerts', {
      method: 'DELETE',
      token: university.token,
    });
    // Assess
    expect(byAgency.status).toBe(403);
    expect(byPending.status).toBe(403);
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await empty.json())).toContain('industryChains');
    expect(neverSubscribed.status).toBe(404);
  });
});
