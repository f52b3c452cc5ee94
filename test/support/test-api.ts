import { Catalogue, hashPassword, memorySnapshotStore, noIdentitySync } from '@openlicense/app';
import {
  type Org,
  type OrgType,
  patentCheckChar,
  type Role,
  type User,
  usccCheckChar,
} from '@openlicense/domain';
import { type App, createRoutedApi } from '@openlicense/fn-api';
import { createSpreadsheetApp, type SheetWork } from '@openlicense/fn-spreadsheets';
import { type ApiDeps, createLocalIssuer, isSpreadsheetRoute } from '@openlicense/http';
import { ulid } from 'ulidx';
import type { TestTable } from './test-table.ts';

export type TestApp = App;

/**
 * The real API over a test table, with the local issuer; returns helpers to make signed-in callers. The
 * public catalogue reads the table's changes on every request unless a test brings its own.
 */
export function createTestApi(
  table: TestTable,
  options: {
    bodyLimitBytes?: number;
    catalogue?: Catalogue;
    clientAddress?: ApiDeps['clientAddress'];
    /** How files are read (default: in this thread, as the spreadsheet Lambda does; the laptop uses workers). */
    sheetWork?: SheetWork;
  } = {},
) {
  const issuer = createLocalIssuer('test-secret');
  const deps = {
    store: table.store,
    verifier: issuer.verifier,
    identitySync: noIdentitySync,
    localIssuer: issuer,
    now: () => new Date(),
    newId: () => ulid(),
    catalogue: new Catalogue({
      declarations: table.store.declarations,
      bundles: table.store.bundles,
      cursors: table.store.cursors,
      snapshots: memorySnapshotStore(),
      now: () => new Date(),
      refreshIntervalMs: 0,
      log: () => {},
    }),
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
    ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
    ...(options.clientAddress === undefined ? {} : { clientAddress: options.clientAddress }),
  };
  const api = createRoutedApi(deps);
  const sheets = createSpreadsheetApp(deps, options.sheetWork ? { sheetWork: options.sheetWork } : {});
  /** Every function behind one entry point, routed as API Gateway routes them. */
  const app = {
    request: (path: string, init?: RequestInit) => {
      const url = new URL(path, 'http://localhost');
      return (
        isSpreadsheetRoute(init?.method ?? 'GET', url.pathname) ? sheets : api.appFor(url.pathname)
      ).request(path, init);
    },
  };
  let passwordHash: Promise<string> | undefined;

  async function user(name: string): Promise<{ user: User; token: string }> {
    const user: User = {
      id: ulid(),
      email: `${name.toLowerCase()}-${ulid().toLowerCase()}@test.openlicense.cn`,
      name,
      createdAt: new Date().toISOString(),
    };
    passwordHash ??= hashPassword('Passw0rd!');
    await table.store.users.createWithLogin(user, await passwordHash);
    return { user, token: await issuer.issue({ sub: user.id, email: user.email, name, groups: [] }) };
  }

  /** An organisation of `type` in `status`, with one user of `role` in it. */
  async function member(type: OrgType, role: Role, status: Org['status'] = 'approved', org?: Org) {
    const caller = await user(`${type}-${role}`);
    const at = new Date().toISOString();
    const target: Org = org ?? {
      id: ulid(),
      name: `测试${type}${ulid().slice(-6)}`,
      uscc: randomUscc(),
      type,
      regionCode: '430100',
      contact: { name: '测试', phone: '13900000000', email: 'contact@test.openlicense.cn' },
      status,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const audit = {
      id: ulid(),
      orgId: target.id,
      at,
      actorId: caller.user.id,
      action: 'org.applied',
      summary: 'test',
    };
    if (org) await table.store.users.join(caller.user, org.id, role);
    else
      await table.store.orgs.create(
        target,
        { userId: caller.user.id, email: caller.user.email, role },
        audit,
      );
    return { ...caller, org: target };
  }

  const request = (path: string, init: RequestInit & { token?: string; json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', `Bearer ${init.token}`);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    return app.request(path, {
      ...init,
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    });
  };

  /** Every route a handler serves (`GET /api/needs/:id`), read from the apps' own route tables. */
  const routes = [...Object.values(api.apps), sheets].flatMap((served) =>
    served.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, path: r.path })),
  );

  return { app, issuer, user, member, request, routes };
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A random, valid 统一社会信用代码 (Changsha division code), so tests never collide on the unique claim. */
export function randomUscc(): string {
  let body = '91430100';
  for (let i = 0; i < 9; i++) body += USCC_CHARS[Math.floor(Math.random() * USCC_CHARS.length)];
  return body + usccCheckChar(body);
}

/** The valid invention number with this year and 7-digit serial. */
export function patentNumberFor(year: number, serial: number): string {
  const digits = `${year}1${String(serial % 10_000_000).padStart(7, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
}

/** A random, valid post-2004 invention number (canonical, without ZL), so tests never collide on the claim. */
export function randomPatentNumber(year = 2019): string {
  let digits = `${year}1`;
  for (let i = 0; i < 7; i++) digits += Math.floor(Math.random() * 10);
  return `${digits}.${patentCheckChar(digits)}`;
}

/** A complete, valid ledger entry for `number`. */
export const patentInput = (number: string, overrides: Record<string, unknown> = {}) => ({
  number,
  title: '一种高镍三元正极材料的制备方法',
  abstract: '本发明公开了一种高镍三元正极材料的制备方法，通过共沉淀与两段烧结提高循环稳定性。',
  keywords: ['高镍', '正极材料'],
  industryChains: ['先进储能材料'],
  ipc: ['H01M 4/525'],
  patentees: [{ name: '测试大学' }],
  inventors: ['张三'],
  filingDate: `${number.slice(0, 4)}-03-15`,
  grantDate: `${Number(number.slice(0, 4)) + 2}-06-20`,
  legal: { annualFee: 'paid', proceedingsSuspended: false },
  ...overrides,
});
