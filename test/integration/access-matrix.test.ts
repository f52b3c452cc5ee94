import { type Org, type OrgType, PatentInputSchema, type Role, toPatent } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, patentInput, randomPatentNumber, randomUscc } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/**
 * Every route × every kind of caller × own/other organisation, against the expected status. The
 * expectations are written out here by hand, apart from the policy code, so a change to who may do
 * what has to change both.
 */
type Persona =
  | { kind: 'anonymous' }
  | { kind: 'no_org' }
  | { kind: 'member'; type: OrgType; role: Role; status: 'approved' | 'pending' };
type Ownership = 'own' | 'other';

const ORG_TYPES: OrgType[] = ['university', 'enterprise', 'agency', 'park', 'ip_office'];
const PERSONAS: Persona[] = [
  { kind: 'anonymous' },
  { kind: 'no_org' },
  ...ORG_TYPES.flatMap((type) =>
    (['admin', 'member'] as const).map((role) => ({
      kind: 'member' as const,
      type,
      role,
      status: 'approved' as const,
    })),
  ),
  { kind: 'member', type: 'enterprise', role: 'admin', status: 'pending' },
  { kind: 'member', type: 'enterprise', role: 'member', status: 'pending' },
];

const label = (p: Persona) => (p.kind === 'member' ? `${p.status} ${p.type} ${p.role}` : p.kind);
const isHolder = (p: Persona) => p.kind === 'member' && ['university', 'enterprise', 'park'].includes(p.type);
const isOffice = (p: Persona) => p.kind === 'member' && p.type === 'ip_office' && p.status === 'approved';
const signedIn = (p: Persona, status: number) => (p.kind === 'anonymous' ? 401 : status);

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  ownership: Ownership[];
  /** `subject` is the target organisation's id, or the patent number for patent routes. */
  path: (subject: string) => string;
  body?: (org: Org, subject: string) => unknown;
  /** Routes about a patent get one held by the target organisation. */
  patent?: true;
  expected: (p: Persona, o: Ownership, org: Org) => number;
}

const application = () => ({
  name: '湖南测试新材料有限公司',
  uscc: randomUscc(),
  type: 'enterprise',
  regionCode: '430100',
  contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
});

/** A local account every persona may sign in with (the local sign-in routes are public). */
const account = { email: '', password: 'Passw0rd!' };

const CASES: Case[] = [
  {
    name: 'POST /api/auth/local/token',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/auth/local/token',
    body: () => account,
    expected: () => 200,
  },
  {
    name: 'POST /api/auth/local/register',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/auth/local/register',
    body: () => ({
      email: `new-${Math.random().toString(36).slice(2)}@test.openlicense.cn`,
      password: 'Passw0rd!',
      name: '新用户',
    }),
    expected: () => 201,
  },
  {
    name: 'GET /api/health',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/health',
    expected: () => 200,
  },
  {
    name: 'GET /api/openapi.json',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/openapi.json',
    expected: () => 200,
  },
  {
    name: 'GET /api/docs',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/docs',
    expected: () => 200,
  },
  {
    name: 'GET /api/me',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/me',
    expected: (p) => signedIn(p, 200),
  },
  {
    name: 'POST /api/orgs',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/orgs',
    body: application,
    expected: (p) => signedIn(p, p.kind === 'no_org' ? 201 : 409),
  },
  {
    name: 'GET /api/orgs',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/orgs?status=pending',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  {
    name: 'GET /api/stats/orgs',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/stats/orgs',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  ...(['', '/members', '/audit'] as const).map(
    (suffix): Case => ({
      name: `GET /api/orgs/{id}${suffix}`,
      method: 'GET',
      ownership: ['own', 'other'],
      path: (id) => `/api/orgs/${id}${suffix}`,
      expected: (p, o) => signedIn(p, o === 'own' || isOffice(p) ? 200 : 404),
    }),
  ),
  ...(['approve', 'reject'] as const).map(
    (decision): Case => ({
      name: `POST /api/orgs/{id}/${decision}`,
      method: 'POST',
      ownership: ['own', 'other'],
      path: (id) => `/api/orgs/${id}/${decision}`,
      body: () => ({ reason: '材料不全，请补充营业执照' }),
      expected: (p, o) => signedIn(p, o === 'own' ? 403 : isOffice(p) ? 200 : 404),
    }),
  ),
  {
    name: 'GET /api/patents',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/patents',
    expected: (p) => signedIn(p, isHolder(p) || isOffice(p) ? 200 : 403),
  },
  {
    name: 'POST /api/patents',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/patents',
    body: () => patentInput(randomPatentNumber()),
    expected: (p) => signedIn(p, isHolder(p) ? 201 : 403),
  },
  {
    name: 'GET /api/patents/{number}',
    method: 'GET',
    ownership: ['own', 'other'],
    patent: true,
    path: (n) => `/api/patents/${n}`,
    expected: (p, o) =>
      signedIn(p, isOffice(p) || (isHolder(p) && o === 'own') ? 200 : isHolder(p) ? 404 : 403),
  },
  ...(['PUT', 'DELETE'] as const).map(
    (method): Case => ({
      name: `${method} /api/patents/{number}`,
      method,
      ownership: ['own', 'other'],
      patent: true,
      path: (n) => (method === 'DELETE' ? `/api/patents/${n}?version=1` : `/api/patents/${n}`),
      ...(method === 'PUT' ? { body: (_org: Org, n: string) => ({ ...patentInput(n), version: 1 }) } : {}),
      expected: (p, o) =>
        signedIn(p, !isHolder(p) ? 403 : o === 'other' ? 404 : method === 'PUT' ? 200 : 204),
    }),
  ),
  {
    name: 'PUT /api/orgs/{id}/application',
    method: 'PUT',
    ownership: ['own', 'other'],
    path: (id) => `/api/orgs/${id}/application`,
    body: (org) => ({ ...application(), type: undefined, version: org.version }),
    expected: (p, o) => {
      if (p.kind !== 'member' || o === 'other') return signedIn(p, 404);
      if (p.role !== 'admin') return 403;
      return p.status === 'approved' ? 409 : 200;
    },
  },
];

describe('access matrix', () => {
  let api: ReturnType<typeof createTestApi>;
  let table: Awaited<ReturnType<typeof createTestTable>>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    account.email = (await api.user('Account')).user.email;
  });

  /** A ledger entry held by `orgId`, written straight to the store (whatever the organisation's type). */
  async function patentHeldBy(orgId: string) {
    const number = randomPatentNumber();
    await table.store.patents.create(
      toPatent(PatentInputSchema.parse(patentInput(number)), orgId, new Date().toISOString()),
    );
    return number;
  }

  /** A fresh caller (and their own fresh organisation) for one cell, so cells cannot affect each other. */
  async function callerFor(p: Persona) {
    if (p.kind === 'anonymous') return { token: undefined, org: undefined };
    if (p.kind === 'no_org') return { token: (await api.user('NoOrg')).token, org: undefined };
    const m = await api.member(p.type, p.role, p.status);
    return { token: m.token, org: m.org };
  }

  for (const c of CASES) {
    for (const p of PERSONAS) {
      for (const o of c.ownership) {
        if (o === 'own' && p.kind !== 'member') continue;
        it(`${c.name} · ${label(p)} · ${o}`, async () => {
          // Prepare: the caller, and for "other" a pending applicant that is not theirs
          const caller = await callerFor(p);
          const target = o === 'own' ? caller.org! : (await api.member('enterprise', 'admin', 'pending')).org;
          const subject = c.patent ? await patentHeldBy(target.id) : target.id;
          // Act
          const res = await api.request(c.path(subject), {
            method: c.method,
            ...(caller.token ? { token: caller.token } : {}),
            ...(c.body ? { json: c.body(target, subject) } : {}),
          });
          // Assess
          const body = await res.text();
          expect(res.status, body).toBe(c.expected(p, o, target));
          if (res.status >= 400) expect(JSON.parse(body).error.code).toEqual(expect.any(String));
        });
      }
    }
  }
});
