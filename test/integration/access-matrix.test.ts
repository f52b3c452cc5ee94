import {
  addDays,
  ConversionNeedInputSchema,
  type Deal,
  EventInputSchema,
  newEvent,
  type Org,
  type OrgType,
  PatentInputSchema,
  type Role,
  toPatent,
} from '@openlicense/domain';
import { ulid } from 'ulidx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyDecision } from '../support/access-policy.ts';
import { authorisationInput } from '../support/authorisation-input.ts';
import { bundleInput, bundleRecordOf, ledgerPatentOf } from '../support/bundle-input.ts';
import { declarationInput, declarationRecordOf, todayInChina } from '../support/declaration-input.ts';
import { licenceOf, noticeSentOf } from '../support/licence-input.ts';
import { needInput, needOf } from '../support/need-input.ts';
import { proposalOf, publishedListingIn } from '../support/push-input.ts';
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
/** `authorised`: another organisation's subject, whose owner authorised the caller (agencies and parks only). */
type Ownership = 'own' | 'other' | 'authorised' | 'holder';

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
const isApprovedHolder = (p: Persona) => isHolder(p) && p.kind === 'member' && p.status === 'approved';
const signedIn = (p: Persona, status: number) => (p.kind === 'anonymous' ? 401 : status);

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  ownership: Ownership[];
  /** `subject` is the target organisation's id, or the patent number for patent routes. */
  path: (subject: string) => string;
  /** `caller` is the calling persona's own organisation (none for anonymous and no_org). */
  body?: (org: Org, subject: string, caller?: Org) => unknown;
  /** Routes about a patent get one held by the target organisation. */
  patent?: true;
  /** Routes about a need get one owned by the target organisation, in this visibility and status. */
  need?: { visibility: 'public' | 'agencies' | 'private'; status: 'draft' | 'open' };
  /** Routes about an authorisation get one the target organisation granted to an approved agency. */
  authorisation?: true;
  /** Routes about a declaration get one held by the target organisation, in this status (version 1). */
  declaration?: 'draft' | 'submitted' | 'published' | 'rejected';
  /** Routes about a bundle get one in this status (version 1, every holder consented), organised by the target, or held (`holder`) by the caller. */
  bundle?: 'draft' | 'submitted' | 'published';
  /** Routes about a proposal get one of the target organisation (as broker) for a need it collected. */
  proposal?: true;
  /** Routes about a push in an inbox get one delivered to the target organisation (as enterprise). */
  inboxPush?: true;
  /** Routes about an open licence get one taken by the target organisation (as licensee), in this state. */
  licence?: 'notice_sent' | 'effective' | 'running' | 'reported' | 'receipt';
  /** Routes about a deal get one of the shared university's patent with the target organisation as acquirer. */
  deal?: true | 'negotiating';
  /**
   * Routes about an event get one organised by the target, or by the shared agency inviting the target (to
   * a matchmaking event, or to a policy briefing naming no audience kinds: open to every kind).
   */
  event?: 'organised' | 'invited' | 'invited_briefing';
  /** Routes about a patent dispute get one claimed by the target organisation on a number the shared university holds. */
  dispute?: true;
  /** Routes about a conversion need get one the target organisation posted on a published listing it holds. */
  conversionNeed?: true;
  /** A multipart upload instead of a JSON body. */
  upload?: () => FormData;
  expected: (p: Persona, o: Ownership, org: Org) => number;
  /** Where the cell answers 200: a field of the body only some callers may see, present exactly when `sees`. */
  shows?: { field: string; sees: (p: Persona, o: Ownership) => boolean };
}

const application = () => ({
  name: '湖南测试新材料有限公司',
  uscc: randomUscc(),
  type: 'enterprise',
  regionCode: '430100',
  contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
});

/** A conversion need on the published listing `declarationId`, closing in a month. */
const conversionNeedInput = (declarationId: string) => ({
  declarationId,
  kind: 'manufacturing',
  description: '寻找具备量产条件的企业合作产业化',
  offer: '工艺包与技术团队支持',
  regionCode: '430100',
  closingDate: addDays(todayInChina(), 30),
});

/** A local account every persona may sign in with (the local sign-in routes are public). */
const account = { email: '', password: 'Passw0rd!' };

/** An approved agency enterprises may authorise (created before the cells run). */
const agent = { id: '' };
/** An approved university holding member patents of every bundle made for a cell. */
const bundleHolder = { id: '' };
const isEnterprise = (p: Persona) => p.kind === 'member' && p.type === 'enterprise';
const isAgent = (p: Persona) => p.kind === 'member' && (p.type === 'agency' || p.type === 'park');
const isUniversity = (p: Persona) => p.kind === 'member' && p.type === 'university';
const isApprovedEnterpriseAdmin = (p: Persona) =>
  isEnterprise(p) && p.kind === 'member' && p.role === 'admin' && p.status === 'approved';

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
    name: 'GET /api/docs/init.js',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/docs/init.js',
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
    // Everyone signed in: what waits for a user without an organisation, or of one not approved, is nothing.
    name: 'GET /api/me/waiting',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/me/waiting',
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
    body: (_org, _n, caller) =>
      patentInput(randomPatentNumber(), { patentees: [{ name: caller?.name ?? '测试大学' }] }),
    // Only an approved organisation among the patentees adds a patent (issue 11); a pending one gets 403.
    expected: (p) => signedIn(p, isApprovedHolder(p) ? 201 : 403),
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
  {
    // A patent's grade: read as the patent is (not graded yet, the holder gets `grade: null`).
    name: 'GET /api/patents/{number}/grade',
    method: 'GET',
    ownership: ['own', 'other'],
    patent: true,
    path: (n) => `/api/patents/${n}/grade`,
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
      ...(method === 'PUT'
        ? {
            body: (org: Org, n: string) => ({
              ...patentInput(n, { patentees: [{ name: org.name }] }),
              version: 1,
            }),
          }
        : {}),
      expected: (p, o) =>
        signedIn(p, !isHolder(p) ? 403 : o === 'other' ? 404 : method === 'PUT' ? 200 : 204),
    }),
  ),
  {
    name: 'GET /api/patents/template.xlsx',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/patents/template.xlsx',
    expected: (p) => signedIn(p, isHolder(p) ? 200 : 403),
  },
  {
    name: 'POST /api/patents/import',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/patents/import',
    upload: () => {
      const form = new FormData();
      form.set('file', new File(['专利号,专利名称,专利权人,申请日,年费状态\n'], '专利台账.csv'));
      return form;
    },
    // Accepted as a job (202); the job's own answer is the import's.
    expected: (p) => signedIn(p, isApprovedHolder(p) ? 202 : 403),
  },
  {
    name: 'GET /api/patents/export.xlsx',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/patents/export.xlsx',
    expected: (p) => signedIn(p, isHolder(p) || isOffice(p) ? 200 : 403),
  },
  // Disputes over who holds a patent number (issue 11): the parties see theirs, the IP office decides.
  {
    name: 'GET /api/patent-disputes',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/patent-disputes',
    expected: (p) => signedIn(p, isHolder(p) || isOffice(p) ? 200 : 403),
  },
  {
    name: 'POST /api/patent-disputes',
    method: 'POST',
    ownership: ['other'],
    patent: true,
    path: () => '/api/patent-disputes',
    body: (_org, n, caller) => ({
      patent: patentInput(n, { patentees: [{ name: caller?.name ?? '测试大学' }] }),
      statement: '本单位是该专利唯一的专利权人，见专利证书。',
      evidenceRef: '专利证书 第 5512345 号',
    }),
    expected: (p) => signedIn(p, isApprovedHolder(p) ? 202 : 403),
  },
  {
    name: 'GET /api/patent-disputes/{id}',
    method: 'GET',
    ownership: ['own', 'other'],
    dispute: true,
    path: (id) => `/api/patent-disputes/${id}`,
    expected: (p, o) => signedIn(p, o === 'own' || isOffice(p) ? 200 : p.kind === 'member' ? 404 : 403),
  },
  {
    name: 'POST /api/patent-disputes/{id}/resolve',
    method: 'POST',
    ownership: ['own', 'other'],
    dispute: true,
    path: (id) => `/api/patent-disputes/${id}/resolve`,
    body: () => ({ outcome: 'holder', reason: '核对登记簿，维持持有方', version: 1 }),
    expected: (p, o) => signedIn(p, isOffice(p) ? 200 : p.kind !== 'member' ? 403 : o === 'own' ? 403 : 404),
  },
  {
    name: 'GET /api/needs/template.xlsx',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/needs/template.xlsx',
    expected: (p) => signedIn(p, isEnterprise(p) || isAgent(p) || isOffice(p) ? 200 : 403),
  },
  {
    name: 'POST /api/needs/import',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/needs/import',
    upload: () => {
      const form = new FormData();
      form.set(
        'file',
        new File(['需求名称,需求描述,合作方式,地区代码,联系人,联系电话,联系邮箱,可见范围\n'], '需求.csv'),
      );
      return form;
    },
    expected: (p) => signedIn(p, isEnterprise(p) || isAgent(p) ? 202 : 403),
  },
  {
    // An import job is found only with the uploader's organisation: another's (or none) is 404 to everyone.
    name: 'GET /api/imports/{jobId}',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/imports/01J00000000000000000000000',
    expected: (p) => signedIn(p, 404),
  },
  {
    name: 'GET /api/needs/export.xlsx',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/needs/export.xlsx',
    expected: (p) => signedIn(p, isEnterprise(p) || isAgent(p) || isOffice(p) ? 200 : 403),
  },
  {
    // Brokers export their own evidence; the IP office names the broker with ?orgId= (its own is empty).
    name: 'GET /api/pushes/evidence.xlsx',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/pushes/evidence.xlsx',
    expected: (p) => signedIn(p, isAgent(p) || isOffice(p) ? 200 : 403),
  },
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

/**
 * Technology needs and authorisations (issue 4). A need is visible to its owner, the IP office and an
 * authorised agency or park whatever its status; to others only published, as its visibility allows.
 */
const NEED_VARIANTS: Array<NonNullable<Case['need']>> = [
  { visibility: 'public', status: 'open' },
  { visibility: 'agencies', status: 'open' },
  { visibility: 'private', status: 'open' },
  { visibility: 'public', status: 'draft' },
];
const NEED_CASES: Case[] = [
  {
    name: 'GET /api/needs',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/needs',
    expected: (p) => signedIn(p, isEnterprise(p) || isAgent(p) || isOffice(p) ? 200 : 403),
  },
  {
    name: 'GET /api/needs?enterpriseOrgId={id}',
    method: 'GET',
    ownership: ['own', 'other', 'authorised'],
    path: (id) => `/api/needs?enterpriseOrgId=${id}`,
    expected: (p, o) => {
      if (isAgent(p) || isOffice(p)) return 200;
      if (isEnterprise(p)) return o === 'own' ? 200 : 404;
      return signedIn(p, 403);
    },
  },
  {
    name: 'POST /api/needs',
    method: 'POST',
    ownership: ['own', 'other', 'authorised'],
    path: () => '/api/needs',
    body: (org) => ({ ...needInput(), enterpriseOrgId: org.id }),
    expected: (p, o) => signedIn(p, o === 'authorised' || (o === 'own' && isEnterprise(p)) ? 201 : 403),
  },
  {
    name: 'POST /api/needs/quality',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/needs/quality',
    body: () => needInput(),
    expected: (p) => signedIn(p, isEnterprise(p) || isAgent(p) || isOffice(p) ? 200 : 403),
  },
  ...NEED_VARIANTS.map(
    (need): Case => ({
      name: `GET /api/needs/{id} (${need.status} ${need.visibility})`,
      method: 'GET',
      ownership: ['own', 'other', 'authorised'],
      need,
      path: (id) => `/api/needs/${id}`,
      expected: (p, o) => {
        if (o !== 'other' || isOffice(p)) return 200;
        if (need.status === 'draft') return signedIn(p, 404);
        if (need.visibility === 'public') return signedIn(p, 200);
        return signedIn(p, need.visibility === 'agencies' && isAgent(p) ? 200 : 404);
      },
    }),
  ),
  {
    name: 'PUT /api/needs/{id} (draft private)',
    method: 'PUT',
    ownership: ['own', 'other', 'authorised'],
    need: { visibility: 'private', status: 'draft' },
    path: (id) => `/api/needs/${id}`,
    body: () => ({ ...needInput(), version: 1 }),
    expected: (p, o) => {
      if (o === 'authorised') return 200;
      if (o === 'own') return isEnterprise(p) ? 200 : 403;
      // Someone who may not see the draft does not learn it exists; the IP office sees it but edits nothing.
      return signedIn(p, isOffice(p) ? 403 : 404);
    },
  },
  {
    name: 'POST /api/needs/{id}/transitions (open public)',
    method: 'POST',
    ownership: ['own', 'other', 'authorised'],
    need: { visibility: 'public', status: 'open' },
    path: (id) => `/api/needs/${id}/transitions`,
    body: () => ({ action: 'start_negotiation', version: 1 }),
    expected: (p, o) => {
      if (o === 'authorised') return 200;
      if (o === 'own' && isEnterprise(p) && p.kind === 'member' && p.status === 'approved') return 200;
      return signedIn(p, 403);
    },
  },
  {
    name: 'GET /api/authorisations',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/authorisations',
    expected: (p) => signedIn(p, isOffice(p) || isAgent(p) || isEnterprise(p) ? 200 : 403),
  },
  {
    name: 'GET /api/authorisations?orgId={id}',
    method: 'GET',
    ownership: ['own', 'other'],
    path: (id) => `/api/authorisations?orgId=${id}`,
    expected: (p, o) => {
      if (isOffice(p)) return 200;
      if (p.kind !== 'member') return signedIn(p, 403);
      if (o === 'other') return 404;
      return isAgent(p) || isEnterprise(p) ? 200 : 403;
    },
  },
  {
    name: 'POST /api/authorisations',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/authorisations',
    body: () => authorisationInput(agent.id),
    expected: (p) => signedIn(p, isApprovedEnterpriseAdmin(p) ? 201 : 403),
  },
  {
    name: 'POST /api/authorisations/{id}/revoke',
    method: 'POST',
    ownership: ['own', 'other'],
    authorisation: true,
    path: (id) => `/api/authorisations/${id}/revoke`,
    // Only the granting enterprise's admin may revoke, so it is looked up among the caller's own grants.
    expected: (p, o) => signedIn(p, isApprovedEnterpriseAdmin(p) ? (o === 'own' ? 200 : 404) : 403),
  },
  {
    name: 'GET /api/agents',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/agents',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'GET /api/directory/orgs',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/directory/orgs?type=enterprise,university',
    // The pickers' look-ups: approved organisations that record deals or run events; not the IP office.
    expected: (p) =>
      signedIn(p, p.kind === 'member' && p.status === 'approved' && p.type !== 'ip_office' ? 200 : 403),
  },
  {
    name: 'GET /api/directory/patents',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/directory/patents?q=2019',
    // The pickers' look-ups: approved organisations that record deals or run events; not the IP office.
    expected: (p) =>
      signedIn(p, p.kind === 'member' && p.status === 'approved' && p.type !== 'ip_office' ? 200 : 403),
  },
  {
    name: 'GET /api/directory/offers',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/directory/offers?q=%E7%94%B5%E6%B1%A0',
    // The pickers' look-ups: approved organisations that record deals or run events; not the IP office.
    expected: (p) =>
      signedIn(p, p.kind === 'member' && p.status === 'approved' && p.type !== 'ip_office' ? 200 : 403),
  },
];

/**
 * Open-licence declarations (issue 3 §2). Holders (university, enterprise, park) draft and read their own,
 * approved or not; only approved holders submit and withdraw; only the approved IP office reads everyone's
 * and reviews (publish, reject, office_withdraw). Another holder's declaration is hidden behind 404.
 */
const isApproved = (p: Persona) => p.kind === 'member' && p.status === 'approved';
/** Reading a declaration: its holder's members and the IP office; another holder gets 404. */
const readsDeclaration = (p: Persona, o: Ownership) =>
  signedIn(p, isOffice(p) || (isHolder(p) && o === 'own') ? 200 : isHolder(p) ? 404 : 403);
/** Holder actions that need approval (submit, withdraw). */
const holderEffect = (p: Persona, o: Ownership) =>
  signedIn(p, !isHolder(p) ? 403 : o === 'other' ? 404 : isApproved(p) ? 200 : 403);
/** Holder actions open to pending holders too (edit, revise). */
const holderDraft = (p: Persona, o: Ownership) => signedIn(p, !isHolder(p) ? 403 : o === 'other' ? 404 : 200);
/** The office's review: another holder does not learn the declaration exists. */
const officeReview = (p: Persona, o: Ownership) =>
  signedIn(p, isOffice(p) ? 200 : isHolder(p) && o === 'other' ? 404 : 403);
/** The patent number of each declaration made for a cell, so an edit can name it. */
const declarationNumbers = new Map<string, string>();
const TRANSITIONS: Array<[string, NonNullable<Case['declaration']>, (p: Persona, o: Ownership) => number]> = [
  ['submit', 'draft', holderEffect],
  ['publish', 'submitted', officeReview],
  ['reject', 'submitted', officeReview],
  ['withdraw', 'published', holderEffect],
  ['office_withdraw', 'published', officeReview],
  ['revise', 'rejected', holderDraft],
];
const DECLARATION_CASES: Case[] = [
  {
    name: 'GET /api/declarations',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/declarations',
    expected: (p) => signedIn(p, isHolder(p) || isOffice(p) ? 200 : 403),
  },
  {
    name: 'POST /api/declarations',
    method: 'POST',
    ownership: ['own', 'other'],
    patent: true,
    path: () => '/api/declarations',
    body: (_org, n) => declarationInput(n),
    // Another holder's patent is "not in your ledger", never "held by them".
    expected: (p, o) => signedIn(p, !isHolder(p) ? 403 : o === 'own' ? 201 : 404),
  },
  {
    name: 'POST /api/declarations/drafts',
    method: 'POST',
    ownership: ['own', 'other'],
    patent: true,
    path: () => '/api/declarations/drafts',
    body: (_org, n) => {
      const { patentNumber: _n, period: _p, ...terms } = declarationInput(n);
      return { patentNumbers: [n], terms };
    },
    // Per patent: another holder's is refused inside the answer (not in your ledger), never drafted.
    expected: (p) => signedIn(p, isHolder(p) ? 200 : 403),
  },
  {
    name: 'POST /api/declarations/check',
    method: 'POST',
    ownership: ['own', 'other'],
    patent: true,
    path: () => '/api/declarations/check',
    body: (_org, n) => declarationInput(n),
    expected: (p) => signedIn(p, isHolder(p) ? 200 : 403),
  },
  {
    name: 'GET /api/declarations/review-queue',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/declarations/review-queue',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  {
    name: 'GET /api/declarations/{id}',
    method: 'GET',
    ownership: ['own', 'other'],
    declaration: 'draft',
    path: (id) => `/api/declarations/${id}`,
    expected: readsDeclaration,
  },
  {
    name: 'GET /api/declarations/{id}/royalty',
    method: 'GET',
    ownership: ['own', 'other'],
    declaration: 'published',
    path: (id) => `/api/declarations/${id}/royalty?yearlySalesFen=100000000`,
    expected: readsDeclaration,
  },
  {
    name: 'PUT /api/declarations/{id}',
    method: 'PUT',
    ownership: ['own', 'other'],
    declaration: 'draft',
    path: (id) => `/api/declarations/${id}`,
    body: (_org, id) => ({ ...declarationInput(declarationNumbers.get(id) ?? ''), version: 1 }),
    expected: holderDraft,
  },
  ...TRANSITIONS.map(
    ([action, from, expected]): Case => ({
      name: `POST /api/declarations/{id}/transitions (${action})`,
      method: 'POST',
      ownership: ['own', 'other'],
      declaration: from,
      path: (id) => `/api/declarations/${id}/transitions`,
      body: () => ({ action, version: 1, reason: '审查意见：材料齐全' }),
      expected,
    }),
  ),
];

/**
 * The public catalogue (issue 3 §4): anyone, signed in or not, searches and reads published listings; a
 * declaration that is not published is not found, whoever asks, its holder included.
 */
const LISTING_CASES: Case[] = [
  {
    name: 'GET /api/listings',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/listings?q=正极材料&ipc=H01M&limit=5',
    expected: () => 200,
  },
  {
    name: 'GET /api/listings/industry-chains',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/listings/industry-chains',
    expected: () => 200,
  },
  ...(['published', 'draft'] as const).flatMap((status): Case[] => [
    {
      name: `GET /api/listings/{id} (${status})`,
      method: 'GET',
      ownership: ['own', 'other'],
      declaration: status,
      path: (id) => `/api/listings/${id}`,
      expected: () => (status === 'published' ? 200 : 404),
    },
    {
      name: `GET /api/listings/{id}/royalty (${status})`,
      method: 'GET',
      ownership: ['own', 'other'],
      declaration: status,
      path: (id) => `/api/listings/${id}/royalty?yearlySalesFen=100000000`,
      expected: () => (status === 'published' ? 200 : 404),
    },
  ]),
];

/**
 * Bundles and public patent pools (issue 3 §3). An approved university, agency or park organises (`own`: the
 * caller's organisation is the organiser); each holder of member patents (`holder`) sees the bundle and its
 * admin consents; the approved IP office reads every bundle and reviews; once published the pool is public,
 * to anonymous callers too. Whoever may not see a bundle gets 404; whoever sees it but may not act, 403.
 */
const isOrganiserType = (p: Persona) =>
  p.kind === 'member' && ['university', 'agency', 'park'].includes(p.type) && p.status === 'approved';
const seesBundle = (p: Persona, o: Ownership, status: NonNullable<Case['bundle']>) =>
  isOffice(p) || o === 'own' || o === 'holder' || status === 'published';
/** Reading: anonymous callers see only a public pool, and get 404 (not 401) for anything else. */
const readsBundle = (status: NonNullable<Case['bundle']>) => (p: Persona, o: Ownership) =>
  seesBundle(p, o, status) ? 200 : 404;
/** Edit, submit, withdraw: the organiser's own bundle, when it may organise at all. */
const organisesBundle = (status: NonNullable<Case['bundle']>) => (p: Persona, o: Ownership) => {
  if (p.kind === 'anonymous') return 401;
  if (!seesBundle(p, o, status)) return 404;
  return o === 'own' && isOrganiserType(p) ? 200 : 403;
};
/** Publish, reject: the approved IP office. */
const reviewsBundle = (status: NonNullable<Case['bundle']>) => (p: Persona, o: Ownership) => {
  if (p.kind === 'anonymous') return 401;
  if (isOffice(p)) return 200;
  return seesBundle(p, o, status) ? 403 : 404;
};
/** The member patents of each bundle made for a cell, so an edit can name them. */
const bundleNumbers = new Map<string, string[]>();
/** Two patents of an approved university, for bundles drafted through the API. */
const sharedMembers: string[] = [];
const BUNDLE_CASES: Case[] = [
  {
    name: 'GET /api/bundles',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/bundles',
    expected: (p) => signedIn(p, p.kind === 'member' && p.type !== 'ip_office' ? 200 : 403),
  },
  {
    name: 'POST /api/bundles',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/bundles',
    body: () => bundleInput(sharedMembers),
    expected: (p) => signedIn(p, isOrganiserType(p) ? 201 : 403),
  },
  {
    name: 'GET /api/bundles/review-queue',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/bundles/review-queue',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  ...(['draft', 'published'] as const).flatMap((status): Case[] => [
    {
      name: `GET /api/bundles/{id} (${status})`,
      method: 'GET',
      ownership: ['own', 'other', 'holder'],
      bundle: status,
      path: (id) => `/api/bundles/${id}`,
      expected: readsBundle(status),
      // The member patents' grades (分级分类): the organiser's and the holders' only, never the public's.
      shows: { field: 'memberGrades', sees: (_p, o) => o === 'own' || o === 'holder' },
    },
    {
      name: `GET /api/bundles/{id}/royalty (${status})`,
      method: 'GET',
      ownership: ['own', 'other', 'holder'],
      bundle: status,
      path: (id) => `/api/bundles/${id}/royalty?yearlySalesFen=100000000`,
      expected: readsBundle(status),
    },
  ]),
  {
    name: 'PUT /api/bundles/{id} (draft)',
    method: 'PUT',
    ownership: ['own', 'other', 'holder'],
    bundle: 'draft',
    path: (id) => `/api/bundles/${id}`,
    body: (_org, id) => ({ ...bundleInput(bundleNumbers.get(id) ?? []), version: 1 }),
    expected: organisesBundle('draft'),
  },
  {
    name: 'POST /api/bundles/{id}/consents (draft)',
    method: 'POST',
    ownership: ['own', 'other', 'holder'],
    bundle: 'draft',
    path: (id) => `/api/bundles/${id}/consents`,
    body: () => ({ consent: true, note: '经审议同意' }),
    expected: (p, o) => {
      if (p.kind === 'anonymous') return 401;
      if (!seesBundle(p, o, 'draft')) return 404;
      return o === 'holder' && p.kind === 'member' && p.role === 'admin' && p.status === 'approved'
        ? 200
        : 403;
    },
  },
  ...(
    [
      ['submit', 'draft', organisesBundle('draft')],
      ['publish', 'submitted', reviewsBundle('submitted')],
      ['reject', 'submitted', reviewsBundle('submitted')],
      ['withdraw', 'published', organisesBundle('published')],
    ] as const
  ).map(
    ([action, from, expected]): Case => ({
      name: `POST /api/bundles/{id}/transitions (${action})`,
      method: 'POST',
      ownership: ['own', 'other', 'holder'],
      bundle: from,
      path: (id) => `/api/bundles/${id}/transitions`,
      body: () => ({ action, version: 1, reason: '审查意见：材料齐全' }),
      expected,
    }),
  ),
];

/**
 * Matching and precise push (issue 5). Agencies and parks keep a queue of proposals, approve (approved only)
 * or reject them and see their pushes; enterprises keep an inbox, answer pushes and set preferences (admin);
 * the IP office reads every broker's evidence and quotas; a listing's matches are for its holder, approved
 * agencies and parks and the office. Another organisation's records answer 404.
 */
const isAdmin = (p: Persona) => p.kind === 'member' && p.role === 'admin';
/** The next year `PUT /api/quota-targets` cells save, one each. */
const quotaTargetYear = { next: 2040 };
const brokerEvidence = (p: Persona, o: Ownership) => {
  if (isOffice(p)) return 200;
  if (!isAgent(p)) return signedIn(p, 403);
  return o === 'own' ? 200 : 404;
};
const PUSH_CASES: Case[] = [
  ...NEED_VARIANTS.map(
    (need): Case => ({
      name: `GET /api/needs/{id}/matches (${need.status} ${need.visibility})`,
      method: 'GET',
      ownership: ['own', 'other', 'authorised'],
      need,
      path: (id) => `/api/needs/${id}/matches`,
      expected: (p, o) => {
        if (o !== 'other' || isOffice(p)) return 200;
        if (need.status === 'draft') return signedIn(p, 404);
        if (need.visibility === 'public') return signedIn(p, 200);
        return signedIn(p, need.visibility === 'agencies' && isAgent(p) ? 200 : 404);
      },
    }),
  ),
  {
    name: 'GET /api/listings/{id}/matches',
    method: 'GET',
    ownership: ['own', 'other'],
    declaration: 'published',
    path: (id) => `/api/listings/${id}/matches`,
    expected: (p, o) =>
      signedIn(p, isOffice(p) || isAgent(p) || (p.kind === 'member' && o === 'own') ? 200 : 403),
  },
  {
    name: 'GET /api/proposals',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/proposals?status=proposed',
    expected: (p) => signedIn(p, isAgent(p) ? 200 : 403),
  },
  ...(['approve', 'reject'] as const).map(
    (decision): Case => ({
      name: `POST /api/proposals/{id}/${decision}`,
      method: 'POST',
      ownership: ['own', 'other'],
      proposal: true,
      path: (id) => `/api/proposals/${id}/${decision}`,
      body: () => (decision === 'reject' ? { reason: '企业已有同类技术' } : { note: '重点推荐' }),
      expected: (p, o) => {
        if (!isAgent(p)) return signedIn(p, 403);
        if (o === 'other') return 404;
        return decision === 'approve' ? 201 : 200;
      },
    }),
  ),
  {
    name: 'GET /api/push-settings',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/push-settings',
    expected: (p) => signedIn(p, isAgent(p) ? 200 : 403),
  },
  {
    name: 'PUT /api/push-settings',
    method: 'PUT',
    ownership: ['other'],
    path: () => '/api/push-settings',
    body: () => ({ autoPush: true, autoPushThreshold: 85, version: 0 }),
    expected: (p) => signedIn(p, isAgent(p) && isAdmin(p) ? 200 : 403),
  },
  // 成果转化需求: any member reads the open ones; only the listing's university posts; an approved enterprise answers.
  {
    name: 'GET /api/conversion-needs',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/conversion-needs',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'POST /api/conversion-needs',
    method: 'POST',
    ownership: ['own', 'other'],
    declaration: 'published',
    path: () => '/api/conversion-needs',
    body: (_org, declarationId) => conversionNeedInput(declarationId),
    expected: (p, o) => signedIn(p, isUniversity(p) && o === 'own' ? 201 : 403),
  },
  {
    name: 'GET /api/conversion-needs/{id}',
    method: 'GET',
    ownership: ['own', 'other'],
    conversionNeed: true,
    path: (id) => `/api/conversion-needs/${id}`,
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'POST /api/conversion-needs/{id}/withdraw',
    method: 'POST',
    ownership: ['own', 'other'],
    conversionNeed: true,
    path: (id) => `/api/conversion-needs/${id}/withdraw`,
    expected: (p, o) => signedIn(p, !isUniversity(p) ? 403 : o === 'own' ? 200 : 404),
  },
  {
    name: 'POST /api/conversion-needs/{id}/answers',
    method: 'POST',
    ownership: ['other'],
    conversionNeed: true,
    path: (id) => `/api/conversion-needs/${id}/answers`,
    body: () => ({
      message: '我司可承接中试',
      contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
    }),
    expected: (p) =>
      signedIn(p, isEnterprise(p) && p.kind === 'member' && p.status === 'approved' ? 201 : 403),
  },
  // 市场需求: a university's own page and research fields, for any of its members, approved or not.
  ...(['demand', 'fields'] as const).map(
    (page): Case => ({
      name: `GET /api/market/${page}`,
      method: 'GET',
      ownership: ['other'],
      path: () => `/api/market/${page}`,
      expected: (p) => signedIn(p, isUniversity(p) ? 200 : 403),
    }),
  ),
  {
    name: 'PUT /api/market/fields',
    method: 'PUT',
    ownership: ['other'],
    path: () => '/api/market/fields',
    body: () => ({ ipcPrefixes: ['H01M'], industryChains: ['先进储能材料'], version: 0 }),
    expected: (p) => signedIn(p, isUniversity(p) ? 200 : 403),
  },
  // 未满足需求: the unmet-demand map, for approved agencies, parks and IP offices (each over its own scope).
  {
    name: 'GET /api/market/unmet',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/market/unmet',
    expected: (p) => signedIn(p, isAgent(p) || isOffice(p) ? 200 : 403),
  },
  // 领域提醒: an approved university's own field alerts; a fresh one has nothing to stop (404).
  {
    name: 'GET /api/market/alerts',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/market/alerts',
    expected: (p) => signedIn(p, isUniversity(p) ? 200 : 403),
  },
  {
    name: 'PUT /api/market/alerts',
    method: 'PUT',
    ownership: ['other'],
    path: () => '/api/market/alerts',
    body: () => ({ ipcPrefixes: ['H01M'], industryChains: [], email: 'tt@test.openlicense.cn' }),
    expected: (p) => signedIn(p, isUniversity(p) ? 200 : 403),
  },
  {
    name: 'DELETE /api/market/alerts',
    method: 'DELETE',
    ownership: ['other'],
    path: () => '/api/market/alerts',
    expected: (p) => signedIn(p, isUniversity(p) ? 404 : 403),
  },
  {
    name: 'GET /api/market/alerts/unsubscribe',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/market/alerts/unsubscribe?token=no-such-token',
    // Public (the e-mail's link); an unknown token is not found, whoever follows it.
    expected: () => 404,
  },
  {
    name: 'GET /api/inbox',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/inbox',
    expected: (p) => signedIn(p, isEnterprise(p) ? 200 : 403),
  },
  ...(['read', 'feedback'] as const).map(
    (step): Case => ({
      name: `POST /api/inbox/{id}/${step}`,
      method: 'POST',
      ownership: ['own', 'other'],
      inboxPush: true,
      path: (id) => `/api/inbox/${id}/${step}`,
      ...(step === 'feedback' ? { body: () => ({ kind: 'relevant' }) } : {}),
      expected: (p, o) => signedIn(p, !isEnterprise(p) ? 403 : o === 'own' ? 200 : 404),
    }),
  ),
  {
    name: 'GET /api/push-preferences',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/push-preferences',
    expected: (p) => signedIn(p, isEnterprise(p) ? 200 : 403),
  },
  {
    name: 'PUT /api/push-preferences',
    method: 'PUT',
    ownership: ['other'],
    path: () => '/api/push-preferences',
    body: () => ({ unsubscribed: false, weeklyCap: 3, email: true, version: 0 }),
    expected: (p) => signedIn(p, isEnterprise(p) && isAdmin(p) ? 200 : 403),
  },
  {
    name: 'GET /api/push-preferences/unsubscribe',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/push-preferences/unsubscribe?token=no-such-token',
    // Public (the email's link); an unknown token is not found, whoever follows it.
    expected: () => 404,
  },
  ...(['/api/pushes', '/api/pushes/summary'] as const).flatMap((route): Case[] => [
    {
      name: `GET ${route}`,
      method: 'GET',
      ownership: ['other'],
      path: () => `${route}?year=2026`,
      expected: (p) => signedIn(p, isAgent(p) || isOffice(p) ? 200 : 403),
    },
    {
      name: `GET ${route}?orgId={id}`,
      method: 'GET',
      ownership: ['own', 'other'],
      path: (id) => `${route}?year=2026&orgId=${id}`,
      expected: brokerEvidence,
    },
  ]),
  {
    name: 'GET /api/quotas',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/quotas?year=2026',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'GET /api/quotas?orgId={id}',
    method: 'GET',
    ownership: ['own', 'other'],
    path: (id) => `/api/quotas?year=2026&orgId=${id}`,
    expected: (p, o) => signedIn(p, p.kind !== 'member' ? 403 : o === 'own' || isOffice(p) ? 200 : 404),
  },
  // Quotas for every role (issue 6): the office's overview and targets; each organisation's evidence and report.
  {
    name: 'GET /api/quotas/overview',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/quotas/overview?year=2026',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  {
    name: 'GET /api/quota-targets',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/quota-targets?year=2026',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'PUT /api/quota-targets',
    method: 'PUT',
    ownership: ['other'],
    // A year of its own per cell, so every cell saves over the defaults (version 0).
    path: () => `/api/quota-targets?year=${quotaTargetYear.next++}`,
    body: () => ({ agency: { precisePushes: 1200 }, version: 0 }),
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  // The grading settings (分级分类): only the approved IP office reads and saves its jurisdiction's.
  {
    name: 'GET /api/grading-settings',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/grading-settings',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  {
    name: 'PUT /api/grading-settings',
    method: 'PUT',
    ownership: ['other'],
    // A fresh caller per cell: each office saves over its defaults (version 0).
    path: () => '/api/grading-settings',
    body: () => ({
      priorityChains: ['先进储能材料'],
      ipcChains: { entries: [{ prefix: 'H01M', chains: ['先进储能材料'] }] },
      version: 0,
    }),
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
  ...(['/api/evidence', '/api/evidence/verify', '/api/reports/evaluation.xlsx'] as const).flatMap(
    (route): Case[] => [
      {
        name: `GET ${route}`,
        method: 'GET',
        ownership: ['other'],
        path: () => `${route}?year=2026`,
        expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
      },
      {
        name: `GET ${route}?orgId={id}`,
        method: 'GET',
        ownership: ['own', 'other'],
        path: (id) => `${route}?year=2026&orgId=${id}`,
        expected: (p, o) => signedIn(p, p.kind !== 'member' ? 403 : o === 'own' || isOffice(p) ? 200 : 404),
      },
    ],
  ),
  {
    name: 'GET /api/reports/evaluation.xlsx?orgId=all',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/reports/evaluation.xlsx?year=2026&orgId=all',
    expected: (p) => signedIn(p, isOffice(p) ? 200 : 403),
  },
];

/**
 * Open licences (issue 6). An approved enterprise takes a published listing's or bundle's licence (not of its
 * own patents); a licence is read by its parties (licensee, licensors, broker) and the IP office, paid and
 * reported by its licensee, filed by either party; lists and notifications are the caller's own organisation's.
 */
const isApprovedEnterprise = (p: Persona) =>
  isEnterprise(p) && p.kind === 'member' && p.status === 'approved';
/** A step only the licensee takes: others who may read the licence are refused (403), the rest see nothing. */
const licenseeOnly = (success: number) => (p: Persona, o: Ownership) => {
  if (o === 'own') return isEnterprise(p) ? success : 403;
  return isOffice(p) ? 403 : signedIn(p, 404);
};
const LICENCE_CASES: Case[] = [
  {
    name: 'POST /api/listings/{id}/licenses',
    method: 'POST',
    ownership: ['own', 'other'],
    declaration: 'published',
    path: (id) => `/api/listings/${id}/licenses`,
    body: () => ({ startDate: todayInChina(), contact: LICENSEE_CONTACT, acceptsTerms: true }),
    expected: (p, o) => signedIn(p, !isApprovedEnterprise(p) ? 403 : o === 'own' ? 422 : 201),
  },
  {
    name: 'POST /api/bundles/{id}/licenses',
    method: 'POST',
    ownership: ['own', 'other', 'holder'],
    bundle: 'published',
    path: (id) => `/api/bundles/${id}/licenses`,
    body: () => ({ startDate: todayInChina(), contact: LICENSEE_CONTACT, acceptsTerms: true }),
    // The organiser (own) is not a licensor; a holder of member patents is.
    expected: (p, o) => signedIn(p, !isApprovedEnterprise(p) ? 403 : o === 'holder' ? 422 : 201),
  },
  ...(['/api/licenses?as=licensee', '/api/licenses/filings?due=overdue', '/api/notifications'] as const).map(
    (route): Case => ({
      name: `GET ${route}`,
      method: 'GET',
      ownership: ['other'],
      path: () => route,
      expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
    }),
  ),
  ...(['', '/notice'] as const).map(
    (suffix): Case => ({
      name: `GET /api/licenses/{id}${suffix}`,
      method: 'GET',
      ownership: ['own', 'other'],
      licence: 'effective',
      path: (id) => `/api/licenses/${id}${suffix}`,
      expected: (p, o) => (o === 'own' || isOffice(p) ? 200 : signedIn(p, 404)),
    }),
  ),
  {
    name: 'POST /api/licenses/{id}/payments',
    method: 'POST',
    ownership: ['own', 'other'],
    licence: 'notice_sent',
    path: (id) => `/api/licenses/${id}/payments`,
    body: () => ({ amountFen: 4_800_000, paidOn: todayInChina(), proofReference: 'HX2026112001' }),
    expected: licenseeOnly(200),
  },
  {
    name: 'POST /api/licenses/{id}/filing',
    method: 'POST',
    ownership: ['own', 'other'],
    licence: 'effective',
    path: (id) => `/api/licenses/${id}/filing`,
    body: () => ({ filingNumber: 'BA2026-0001', filedOn: todayInChina() }),
    expected: (p, o) => (o === 'own' ? 200 : isOffice(p) ? 403 : signedIn(p, 404)),
  },
  {
    name: 'POST /api/licenses/{id}/royalty-reports',
    method: 'POST',
    ownership: ['own', 'other'],
    licence: 'running',
    path: (id) => `/api/licenses/${id}/royalty-reports`,
    body: () => ({ periodStart: todayInChina(), periodEnd: todayInChina(), netSalesFen: 1_000_000 }),
    expected: licenseeOnly(201),
  },
  {
    name: 'POST /api/licenses/{id}/royalty-reports/{reportId}/payment',
    method: 'POST',
    ownership: ['own', 'other'],
    licence: 'reported',
    path: (subject) => `/api/licenses/${subject}/payment`,
    body: () => ({ paidOn: todayInChina(), proofReference: 'TC2026001' }),
    expected: licenseeOnly(200),
  },
  // Confirmation before credit (issue 11): only an approved licensor answers a payment recorded to it.
  ...(['confirm', 'dispute'] as const).map(
    (action): Case => ({
      name: `POST /api/licenses/{id}/receipts/{receiptId}/${action}`,
      method: 'POST',
      ownership: ['own', 'other'],
      licence: 'receipt',
      path: (subject) => `/api/licenses/${subject}/${action}`,
      body: () => (action === 'confirm' ? { version: 1 } : { version: 1, reason: '未收到该笔款项' }),
      expected: (p, o) => {
        if (o === 'own') return p.kind === 'member' && p.status === 'approved' ? 200 : 403;
        return isOffice(p) ? 403 : signedIn(p, 404);
      },
    }),
  ),
  {
    name: 'GET /api/confirmations',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/confirmations',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
];
/**
 * Negotiated deals and matchmaking events (issue 6). A deal is read by its parties and broker (whatever their
 * approval) and the IP office, recorded and moved by approved parties; an event is organised by an approved
 * agency or park, read by those it involves and the IP office, registered for by invited enterprises.
 * Another organisation's deal or event answers 404.
 */
const dealCounterpart = { id: '' };
const dealWriter = (p: Persona) =>
  p.kind === 'member' &&
  ['university', 'enterprise', 'agency', 'park'].includes(p.type) &&
  p.status === 'approved';
const DEAL_EVENT_CASES: Case[] = [
  {
    name: 'POST /api/deals',
    method: 'POST',
    ownership: ['own', 'other'],
    patent: true,
    path: () => '/api/deals',
    body: (_org, number) => ({
      kind: 'ordinary_license',
      patentNumbers: [number],
      acquirerOrgId: dealCounterpart.id,
    }),
    // Suppliers must be approved holders (a university, enterprise or park): an agency's or a pending
    // organisation's patent is refused by the input check.
    expected: (p, o) => {
      if (!dealWriter(p)) return signedIn(p, 403);
      return o === 'own' && p.kind === 'member' && p.type !== 'agency' ? 201 : 422;
    },
  },
  {
    name: 'GET /api/deals',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/deals',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'GET /api/deals/{id}',
    method: 'GET',
    ownership: ['own', 'other'],
    deal: true,
    path: (id) => `/api/deals/${id}`,
    expected: (p, o) => {
      if (p.kind !== 'member') return signedIn(p, 403);
      return o === 'own' || isOffice(p) ? 200 : 404;
    },
  },
  {
    name: 'POST /api/deals/{id}/stage',
    method: 'POST',
    ownership: ['own', 'other'],
    deal: true,
    path: (id) => `/api/deals/${id}/stage`,
    body: () => ({ to: 'contacted', version: 1 }),
    expected: (p, o) => (dealWriter(p) ? (o === 'own' ? 200 : 404) : signedIn(p, 403)),
  },
  // Confirmation before credit (issue 11): each approved party answers for its own organisation only.
  {
    name: 'POST /api/deals/{id}/confirm',
    method: 'POST',
    ownership: ['own', 'other'],
    deal: 'negotiating',
    path: (id) => `/api/deals/${id}/confirm`,
    body: () => ({ version: 1 }),
    expected: (p, o) => (dealWriter(p) ? (o === 'own' ? 200 : 404) : signedIn(p, 403)),
  },
  {
    name: 'POST /api/deals/{id}/dispute',
    method: 'POST',
    ownership: ['own', 'other'],
    deal: 'negotiating',
    path: (id) => `/api/deals/${id}/dispute`,
    body: () => ({ version: 1, reason: '本单位未参与该交易' }),
    expected: (p, o) => (dealWriter(p) ? (o === 'own' ? 200 : 404) : signedIn(p, 403)),
  },
  {
    name: 'POST /api/events',
    method: 'POST',
    ownership: ['other'],
    path: () => '/api/events',
    body: () => ({
      title: '电池材料专利对接会',
      industryChain: '先进储能材料',
      date: todayInChina(),
      place: '长沙',
    }),
    expected: (p) => signedIn(p, isAgent(p) ? 201 : 403),
  },
  {
    name: 'GET /api/events',
    method: 'GET',
    ownership: ['other'],
    path: () => '/api/events',
    expected: (p) => signedIn(p, p.kind === 'member' ? 200 : 403),
  },
  {
    name: 'GET /api/events/{id}',
    method: 'GET',
    ownership: ['own', 'other'],
    event: 'organised',
    path: (id) => `/api/events/${id}`,
    expected: (p, o) => {
      if (p.kind !== 'member') return signedIn(p, 403);
      return o === 'own' || isOffice(p) ? 200 : 404;
    },
  },
  ...(
    [
      ['invitations', () => ({ enterpriseOrgIds: [dealCounterpart.id] })],
      // Attendance is chosen among the registrations: the fixture's event has the counterpart registered.
      ['attendance', () => ({ orgIds: [dealCounterpart.id] })],
      ['minutes', () => ({ text: '三家企业与高校就电池材料专利进行了洽谈，形成两条合作意向。' })],
      ['cancel', () => ({ reason: '场地变更，另行通知' })],
    ] as const
  ).map(
    ([step, body]): Case => ({
      name: `POST /api/events/{id}/${step}`,
      method: 'POST',
      ownership: ['own', 'other'],
      event: 'organised',
      path: (id) => `/api/events/${id}/${step}`,
      body,
      expected: (p, o) => signedIn(p, isAgent(p) ? (o === 'own' ? 200 : 404) : 403),
    }),
  ),
  {
    name: 'PUT /api/events/{id}',
    method: 'PUT',
    ownership: ['own', 'other'],
    event: 'organised',
    path: (id) => `/api/events/${id}`,
    body: () => ({
      title: '电池材料专利对接会（改期）',
      industryChain: '先进储能材料',
      date: todayInChina(),
      onlineUrl: 'https://meeting.example.cn/88',
      version: 1,
    }),
    expected: (p, o) => signedIn(p, isAgent(p) ? (o === 'own' ? 200 : 404) : 403),
  },
  {
    name: 'POST /api/events/{id}/registrations',
    method: 'POST',
    ownership: ['own', 'other'],
    event: 'invited',
    path: (id) => `/api/events/${id}/registrations`,
    body: () => ({
      contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
      attendees: 2,
    }),
    expected: (p, o) => {
      if (p.kind !== 'member') return signedIn(p, 403);
      if (o === 'other' && !isOffice(p)) return 404;
      return o === 'own' && isEnterprise(p) ? 201 : 403;
    },
  },
  // A briefing (宣传培训) takes registrations from each invited kind its audience names, each for itself only
  {
    name: 'POST /api/events/{id}/registrations (briefing)',
    method: 'POST',
    ownership: ['own', 'other'],
    event: 'invited_briefing',
    path: (id) => `/api/events/${id}/registrations`,
    body: () => ({
      contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
      attendees: 2,
    }),
    expected: (p, o) => {
      if (p.kind !== 'member') return signedIn(p, 403);
      if (o === 'other' && !isOffice(p)) return 404;
      return o === 'own' && p.type !== 'ip_office' ? 201 : 403;
    },
  },
];
const LICENSEE_CONTACT = { name: '王经理', phone: '13812345678', email: 'wang@test.openlicense.cn' };

/** Every cell of a case: each persona with each ownership that applies to it. */
function cellsOf(c: Case): Array<[Persona, Ownership]> {
  return PERSONAS.flatMap((p) =>
    c.ownership
      .filter((o) => !(o === 'own' && p.kind !== 'member'))
      .filter((o) => !(o === 'authorised' && !isAgent(p)))
      .filter((o) => !(o === 'holder' && !isHolder(p)))
      .map((o): [Persona, Ownership] => [p, o]),
  );
}
const cellKey = (p: Persona, o: Ownership) => `${label(p)} · ${o}`;
const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * Checks every cell of `c` against the access policy, without HTTP or a database (test/support/access-policy.ts
 * says what each route asks the policy): a refusal must be the hand-written status. Answers the cells still
 * asked over HTTP: one allowed, one refused for each refusal status, one anonymous (so each route is seen to
 * ask what the policy table says), and every cell only the app can answer (the policy allows it but the
 * expectation is a 404/409/422 of the handler, or the handler answers before asking). A case missing from
 * the policy table runs all its cells over HTTP.
 */
function checkAgainstPolicy(c: Case): Set<string> {
  const cells = cellsOf(c);
  const decisions = cells.map(([p, o]) => ({ p, o, decision: policyDecision(c, p, o) }));
  if (decisions.some((d) => d.decision === 'unmapped')) return new Set(cells.map(([p, o]) => cellKey(p, o)));
  const overHttp = new Set<string>();
  const refusals = new Set<number>();
  let allowed = false;
  let anonymous = false;
  for (const { p, o, decision } of decisions) {
    const expected = c.expected(p, o, {} as Org);
    const key = cellKey(p, o);
    if (decision === 'app' || decision === 'unmapped' || (decision.allow && !isSuccess(expected))) {
      overHttp.add(key);
    } else if (p.kind === 'anonymous') {
      if (!anonymous) overHttp.add(key);
      anonymous = true;
    } else if (decision.allow) {
      if (!allowed) overHttp.add(key);
      allowed = true;
    } else {
      if (!refusals.has(decision.status)) overHttp.add(key);
      refusals.add(decision.status);
    }
  }
  it(`${c.name} · every cell against the policy`, () => {
    const wrong = decisions.flatMap(({ p, o, decision }) => {
      const expected = c.expected(p, o, {} as Org);
      if (decision === 'app' || decision === 'unmapped') return [];
      if (decision.allow) return [];
      return decision.status === expected
        ? []
        : [
            `${cellKey(p, o)}: expected ${expected}, the policy refuses with ${decision.status} (${decision.code})`,
          ];
    });
    expect(wrong).toEqual([]);
  });
  return overHttp;
}

/** A cell is one request; the IP office's all-organisation workbook reads every organisation's year, which takes
 * seconds alone and a minute or more while the browser tests run beside it. */
const CELL_TIMEOUT_MS = 180_000;
describe('access matrix', () => {
  let api: ReturnType<typeof createTestApi>;
  let table: Awaited<ReturnType<typeof createTestTable>>;

  beforeAll(async () => {
    table = await createTestTable();
    api = createTestApi(table);
    account.email = (await api.user('Account')).user.email;
    agent.id = (await api.member('agency', 'admin')).org.id;
    bundleHolder.id = (await api.member('university', 'admin')).org.id;
    for (let i = 0; i < 2; i++) sharedMembers.push(await patentHeldBy(bundleHolder.id));
    dealCounterpart.id = (await api.member('enterprise', 'admin')).org.id;
  });

  /** An ordinary licence of a shared-university patent with `org` as acquirer, written straight to the store. */
  async function dealWith(org: Org, stage: 'lead' | 'negotiating' = 'lead') {
    const at = new Date().toISOString();
    const deal: Deal = {
      id: ulid(),
      kind: 'ordinary_license',
      stage,
      ...(stage === 'negotiating' ? { amountFen: 1_000_000 } : {}),
      suppliers: [{ orgId: bundleHolder.id, name: '测试大学', type: 'university' }],
      acquirer: { orgId: org.id, name: org.name, type: org.type },
      partyOrgIds: [bundleHolder.id, org.id],
      patents: [
        { number: randomPatentNumber(), title: '一种高镍三元正极材料', holderOrgId: bundleHolder.id },
      ],
      source: { kind: 'direct' },
      history: [{ stage, at, by: 'test', byOrgId: bundleHolder.id }],
      confirmations: [],
      createdAt: at,
      createdBy: 'test',
      createdByOrgId: bundleHolder.id,
      updatedAt: at,
      version: 1,
    };
    await table.store.deals.create(deal, {
      id: ulid(),
      orgId: bundleHolder.id,
      at,
      actorId: 'test',
      action: 'deal.created',
      summary: 'test',
    });
    return deal.id;
  }

  /**
   * A planned event of today, organised by `org` (with the shared enterprise invited and registered, so
   * attendance can be recorded), or by the shared agency with `org` invited.
   */
  async function eventFor(org: Org, variant: NonNullable<Case['event']>) {
    const at = new Date().toISOString();
    const organiser =
      variant === 'organised' ? org : { id: agent.id, name: '测试服务机构', type: 'agency' as const };
    const planned = newEvent(
      EventInputSchema.parse({
        title: '电池材料专利对接会',
        industryChain: '先进储能材料',
        date: todayInChina(),
        place: '长沙',
        ...(variant === 'invited_briefing' ? { kind: 'policy_briefing' } : {}),
      }),
      { orgId: organiser.id, name: organiser.name, type: organiser.type },
      { id: ulid(), userId: 'test', at },
    );
    const event =
      variant === 'organised'
        ? {
            ...planned,
            invitedEnterprises: [{ orgId: dealCounterpart.id, name: '测试企业' }],
            invitedOrgIds: [dealCounterpart.id],
          }
        : planned;
    const audit = {
      id: ulid(),
      orgId: organiser.id,
      at,
      actorId: 'test',
      action: 'event.created',
      summary: 'test',
    };
    await table.store.events.create(event, audit);
    if (variant === 'organised')
      await table.store.events.register(
        {
          eventId: event.id,
          orgId: dealCounterpart.id,
          orgName: '测试企业',
          contact: { name: '王工', phone: '13800000000', email: 'wang@test.openlicense.cn' },
          attendees: 1,
          registeredAt: at,
          registeredBy: 'test',
        },
        { ...audit, id: ulid(), orgId: dealCounterpart.id, action: 'event.registered' },
      );
    if (variant === 'invited' || variant === 'invited_briefing')
      await table.store.events.update(
        event,
        {
          ...event,
          invitedEnterprises: [{ orgId: org.id, name: org.name, orgType: org.type }],
          invitedOrgIds: [org.id],
          version: 2,
        },
        { ...audit, id: ulid() },
        [{ orgId: org.id, role: 'invited' }],
      );
    return event.id;
  }

  /** A ledger entry held by `orgId`, written straight to the store (whatever the organisation's type). */
  async function patentHeldBy(orgId: string) {
    const number = randomPatentNumber();
    await table.store.patents.create(
      toPatent(PatentInputSchema.parse(patentInput(number)), orgId, new Date().toISOString()),
    );
    return number;
  }

  /** An open dispute `org` filed on a number the shared university holds, written straight to the store. */
  async function disputeClaimedBy(org: Org) {
    const number = await patentHeldBy(bundleHolder.id);
    const at = new Date().toISOString();
    const dispute = {
      id: ulid(),
      patentNumber: number,
      patentTitle: '一种高镍三元正极材料',
      claimantOrgId: org.id,
      claimantName: org.name,
      holderOrgId: bundleHolder.id,
      holderName: '测试大学',
      holderRegionCode: '430100',
      claim: PatentInputSchema.parse(patentInput(number, { patentees: [{ name: org.name }] })),
      statement: '本单位是该专利唯一的专利权人。',
      evidenceRef: '专利证书',
      status: 'open' as const,
      createdBy: 'test',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await table.store.patentDisputes.open(dispute, 1, []);
    return dispute.id;
  }

  /** An open conversion need `org` posted on a published listing it holds, written straight to the store. */
  async function conversionNeedPostedBy(org: Org) {
    const listing = await declarationHeldBy(org, 'published');
    const at = new Date().toISOString();
    const need = {
      ...ConversionNeedInputSchema.parse(conversionNeedInput(listing)),
      id: ulid(),
      status: 'open' as const,
      subject: {
        kind: 'listing' as const,
        id: listing,
        title: '一种高镍三元正极材料',
        patents: [
          { number: declarationNumbers.get(listing)!, title: '一种高镍三元正极材料', holderOrgId: org.id },
        ],
      },
      posterOrgId: org.id,
      posterName: org.name,
      answerCount: 0,
      createdAt: at,
      createdBy: 'test',
      updatedAt: at,
      version: 1,
    };
    const { declarationId: _listing, ...stored } = need;
    await table.store.conversionNeeds.create(stored, {
      id: ulid(),
      orgId: org.id,
      at,
      actorId: 'test',
      action: 'test',
      summary: 'test',
    });
    return need.id;
  }

  /** A need owned by `orgId`, written straight to the store (whatever the organisation's type). */
  async function needOwnedBy(orgId: string, { visibility, status }: NonNullable<Case['need']>) {
    const need = { ...needOf(orgId, { visibility }), status };
    await table.store.needs.create(need);
    return need.id;
  }

  /** `enterpriseOrgId` authorises the approved agency or park `agentOrgId` from today. */
  async function authorise(enterpriseOrgId: string, agentOrgId: string) {
    const id = ulid();
    const { validFrom, validUntil } = authorisationInput(agentOrgId);
    await table.store.authorisations.grant(
      {
        id,
        enterpriseOrgId,
        agentOrgId,
        validFrom,
        validUntil,
        scope: 'needs',
        status: 'active',
        grantedAt: new Date().toISOString(),
        grantedBy: 'test',
        version: 1,
      },
      [],
    );
    return id;
  }

  /** An authorisation `orgId` granted to the shared approved agency. */
  const authorisationGrantedBy = (orgId: string) => authorise(orgId, agent.id);

  /**
   * A declaration held by `org` in `status`, with its patent in `org`'s ledger naming `org` as sole patentee
   * (so every guard passes), both written straight to the store.
   */
  async function declarationHeldBy(org: Org, status: NonNullable<Case['declaration']>) {
    const number = randomPatentNumber();
    const input = PatentInputSchema.parse(
      patentInput(number, { patentees: [{ name: org.name, orgId: org.id }] }),
    );
    await table.store.patents.create(toPatent(input, org.id, new Date().toISOString()));
    const record = declarationRecordOf(org.id, { status }, number);
    await table.store.declarations.create(record);
    declarationNumbers.set(record.id, number);
    return record.id;
  }

  /**
   * A bundle in `status` organised by `organiser`, of a patent of the shared holder university and one of
   * `holder` (the caller's organisation, for `holder` cells) or of the shared holder again; every holder
   * consented, so submitting and publishing pass. Written straight to the store.
   */
  async function bundleOrganisedBy(organiser: Org, status: NonNullable<Case['bundle']>, holder?: Org) {
    const members = [
      { number: randomPatentNumber(), holderOrgId: bundleHolder.id },
      { number: randomPatentNumber(), holderOrgId: holder?.id ?? bundleHolder.id },
    ];
    for (const m of members) await table.store.patents.create(ledgerPatentOf(m.number, m.holderOrgId));
    const record = bundleRecordOf({ id: organiser.id, name: organiser.name, type: organiser.type }, members, {
      consented: true,
      overrides: { status },
    });
    await table.store.bundles.create(record, []);
    bundleNumbers.set(
      record.id,
      members.map((m) => m.number),
    );
    return record.id;
  }

  /** A proposal to the broker `org` of a match for a need it collected (so approving it passes every check). */
  async function proposalFor(org: Org) {
    const need = {
      ...needOf(ulid(), {}, { collectedBy: { orgId: org.id, userId: 'test' } }),
      status: 'open' as const,
    };
    await table.store.needs.create(need);
    const proposal = proposalOf(org.id, {
      needId: need.id,
      enterpriseOrgId: need.ownerOrgId,
      listingId: await publishedListingIn(table.store),
    });
    await table.store.proposals.upsert([proposal], new Date());
    return proposal.id;
  }

  /** A push the shared agency approved and delivered to the enterprise `org`. */
  async function pushDeliveredTo(org: Org) {
    const input = proposalOf(agent.id, { enterpriseOrgId: org.id });
    await table.store.proposals.upsert([input], new Date());
    const proposal = await table.store.proposals.get(agent.id, input.id);
    const push = await table.store.pushes.approve({
      proposal: proposal!,
      brokerUserId: 'test',
      brokerName: '测试服务机构',
      now: new Date(),
      dedupeDays: 180,
    });
    await table.store.pushes.deliver(push.id, new Date());
    return push.id;
  }

  /**
   * A licence of a published listing of the shared holder university taken by `org`, written straight to the
   * store; `reported` answers `<licenceId>/royalty-reports/<reportId>`.
   */
  async function licenceTakenBy(org: Org, variant: NonNullable<Case['licence']>) {
    if (variant === 'receipt') return receiptWaitingFor(org);
    const listingId = await publishedListingIn(table.store);
    const parties = { licenseeOrgId: org.id, licensorOrgId: bundleHolder.id, listingId };
    const running = variant === 'running' || variant === 'reported';
    const base = variant === 'notice_sent' ? noticeSentOf({}, parties) : licenceOf({}, parties);
    const licence = running
      ? {
          ...base,
          terms: {
            ...base.terms,
            royalty: { method: 'running_royalty' as const, base: 'net_sales' as const, ratePercent: 3 },
          },
          dueOnAcceptanceFen: 0,
          payments: [],
          royaltyReports:
            variant === 'reported'
              ? [
                  {
                    id: ulid(),
                    periodStart: todayInChina(),
                    periodEnd: todayInChina(),
                    netSalesFen: 100_000,
                    amountDueFen: 3_000,
                    reportedAt: new Date().toISOString(),
                  },
                ]
              : [],
        }
      : base;
    await table.store.licences.take(licence, [], []);
    return variant === 'reported'
      ? `${licence.id}/royalty-reports/${licence.royaltyReports[0]!.id}`
      : licence.id;
  }

  /**
   * A licence whose licensor is `org`, with one payment the licensee recorded waiting for `org` to confirm it;
   * answers `<licenceId>/receipts/<receiptId>`.
   */
  async function receiptWaitingFor(org: Org) {
    const listingId = await publishedListingIn(table.store);
    const base = licenceOf({}, { licenseeOrgId: dealCounterpart.id, licensorOrgId: org.id, listingId });
    const at = new Date().toISOString();
    const licence = {
      ...base,
      receipts: [
        {
          id: ulid(),
          kind: 'open_licence' as const,
          what: '开放许可生效',
          amountFen: 4_800_000,
          recordedAt: at,
          recordedBy: 'test',
          licensors: [
            {
              orgId: org.id,
              name: org.name,
              amountFen: 4_800_000,
              counts: { conversionCount: 1, conversionFen: 4_800_000 },
              summary: '开放许可生效',
              data: { role: 'licensor' },
              status: 'pending' as const,
            },
          ],
        },
      ],
    };
    await table.store.licences.take(licence, [], []);
    return `${licence.id}/receipts/${licence.receipts[0]!.id}`;
  }

  /** A fresh caller (and their own fresh organisation) for one cell, so cells cannot affect each other. */
  async function freshCaller(p: Persona): Promise<{ token: string | undefined; org: Org | undefined }> {
    if (p.kind === 'anonymous') return { token: undefined, org: undefined };
    if (p.kind === 'no_org') return { token: (await api.user('NoOrg')).token, org: undefined };
    const m = await api.member(p.type, p.role, p.status);
    return { token: m.token, org: m.org };
  }

  /**
   * Reads change nothing, so every GET cell of one persona may share its caller (and its own organisation,
   * under which each cell still makes its own fresh subject); writes, authorisations and bundle holdings
   * get a fresh caller per cell. Making callers was a third of the matrix's time.
   */
  const readers = new Map<string, ReturnType<typeof freshCaller>>();
  function callerFor(p: Persona, c: Case, o: Ownership) {
    if (c.method !== 'GET' || (o !== 'own' && o !== 'other')) return freshCaller(p);
    const key = label(p);
    const cached = readers.get(key) ?? freshCaller(p);
    readers.set(key, cached);
    return cached;
  }

  /** What the cells asked for (`GET /api/needs/01J…`), to check every route of the router was asked. */
  const asked: string[] = [];
  let cells = 0;
  afterAll(() => {
    // Only a run of every cell can tell (a run filtered with -t asks for a few routes on purpose).
    if (asked.length < cells) return;
    // A route the router serves that no cell reaches is a route nobody decided the access of: list it in CASES.
    const pattern = (path: string) =>
      new RegExp(`^${path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, '[^/]+').replace(/\*/g, '.*')}$`);
    const unasked = [...new Set(api.routes.map((r) => `${r.method} ${r.path}`))].filter((route) => {
      const [method, path] = route.split(' ') as [string, string];
      const matches = pattern(path);
      return !asked.some((a) => a.startsWith(`${method} `) && matches.test(a.slice(method.length + 1)));
    });
    expect(unasked).toEqual([]);
  });

  for (const c of [
    ...CASES,
    ...NEED_CASES,
    ...DECLARATION_CASES,
    ...BUNDLE_CASES,
    ...LISTING_CASES,
    ...PUSH_CASES,
    ...LICENCE_CASES,
    ...DEAL_EVENT_CASES,
  ]) {
    const overHttp = checkAgainstPolicy(c);
    for (const p of PERSONAS) {
      for (const o of c.ownership) {
        if (o === 'own' && p.kind !== 'member') continue;
        if (o === 'authorised' && !isAgent(p)) continue;
        if (o === 'holder' && !isHolder(p)) continue;
        if (!overHttp.has(cellKey(p, o))) continue;
        // Cells are independent (their own caller or a read-only shared one, their own subject): a few run
        // at once, so the API's work overlaps DynamoDB Local's.
        cells++;
        it.concurrent(
          `${c.name} · ${label(p)} · ${o}`,
          async ({ expect }) => {
            // Prepare: the caller, and for "other" a pending applicant that is not theirs
            const caller = await callerFor(p, c, o);
            const target =
              o === 'own' ? caller.org! : (await api.member('enterprise', 'admin', 'pending')).org;
            if (o === 'authorised') await authorise(target.id, caller.org!.id);
            const subject = c.proposal
              ? await proposalFor(target)
              : c.inboxPush
                ? await pushDeliveredTo(target)
                : c.bundle
                  ? await bundleOrganisedBy(target, c.bundle, o === 'holder' ? caller.org : undefined)
                  : c.declaration
                    ? await declarationHeldBy(target, c.declaration)
                    : c.patent
                      ? await patentHeldBy(target.id)
                      : c.need
                        ? await needOwnedBy(target.id, c.need)
                        : c.authorisation
                          ? await authorisationGrantedBy(target.id)
                          : target.id;
            // Act
            const path = c.path(
              c.licence
                ? await licenceTakenBy(target, c.licence)
                : c.deal
                  ? await dealWith(target, c.deal === 'negotiating' ? 'negotiating' : 'lead')
                  : c.event
                    ? await eventFor(target, c.event)
                    : c.dispute
                      ? await disputeClaimedBy(target)
                      : c.conversionNeed
                        ? await conversionNeedPostedBy(target)
                        : subject,
            );
            asked.push(`${c.method} ${new URL(path, 'http://localhost').pathname}`);
            const res = await api.request(path, {
              method: c.method,
              ...(caller.token ? { token: caller.token } : {}),
              ...(c.body ? { json: c.body(target, subject, caller.org) } : {}),
              ...(c.upload ? { body: c.upload() } : {}),
            });
            // Assess
            const body = await res.text();
            expect(res.status, body).toBe(c.expected(p, o, target));
            if (res.status >= 400) expect(JSON.parse(body).error.code).toEqual(expect.any(String));
            if (res.status === 200 && c.shows)
              expect(c.shows.field in JSON.parse(body), c.shows.field).toBe(c.shows.sees(p, o));
          },
          CELL_TIMEOUT_MS,
        );
      }
    }
  }
});
