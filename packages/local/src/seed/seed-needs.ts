import {
  type Authorisation,
  createNeed,
  grantAuthorisation,
  type Need,
  NeedInputSchema,
  type NeedVisibility,
  type Org,
  transitionNeed,
  type User,
} from '@openlicense/domain';
import type { AuditEntry, Store } from '@openlicense/store';
import { ulid } from 'ulidx';
import { DEMO_NEEDS, DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data/index.ts';

/** Who authorised whom (委托授权): two enterprises the demo agency, one the demo park. */
const DEMO_AUTHORISATIONS = [
  { enterprise: 'xiangyue-crane', agent: 'xingcheng-ip' },
  { enterprise: 'xingchi-edrive', agent: 'xingcheng-ip' },
  { enterprise: 'lugu-battery', agent: 'lugu-park' },
] as const;

/** Needs (by position in DEMO_NEEDS) the agent collected for the enterprise rather than the enterprise itself. */
const COLLECTED_BY: ReadonlyMap<number, string> = new Map([
  [0, 'xingcheng-ip'],
  [1, 'xingcheng-ip'],
  [2, 'xingcheng-ip'],
  [4, 'lugu-park'],
]);

/** A couple of needs only approved agencies and parks see; the rest are public. */
const AGENCIES_ONLY: ReadonlySet<number> = new Set([3, 11]);

const HOUR_MS = 3_600_000;

interface DemoParties {
  orgs: ReadonlyMap<string, Org>;
  /** The admin of each demo organisation, by organisation key. */
  admins: ReadonlyMap<string, User>;
}

const entry = (orgId: string, actor: User, action: string, summary: string, at: string): AuditEntry => ({
  id: ulid(),
  orgId,
  at,
  actorId: actor.id,
  action,
  summary,
});

/** Organisation and admin of the demo organisation `key`; the demo data guarantees both exist. */
function party(parties: DemoParties, key: string): { org: Org; admin: User } {
  const org = parties.orgs.get(key);
  const admin = parties.admins.get(key);
  if (!org || !admin) throw new Error(`demo organisation ${key} is missing or has no admin`);
  return { org, admin };
}

/** Each grant through the domain rules, with its evidence on both trails, as the API records it. */
async function seedAuthorisations(store: Store, parties: DemoParties, now: Date): Promise<Authorisation[]> {
  const at = now.toISOString();
  const today = new Date(now.getTime() + 8 * HOUR_MS).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const granted: Authorisation[] = [];
  for (const { enterprise: enterpriseKey, agent: agentKey } of DEMO_AUTHORISATIONS) {
    const enterprise = party(parties, enterpriseKey);
    const agent = party(parties, agentKey).org;
    const auth = grantAuthorisation(
      {
        agentOrgId: agent.id,
        validFrom: `${year}-01-01`,
        validUntil: `${year + 2}-12-31`,
        scope: 'needs',
        note: '委托代为征集、发布和管理本企业技术需求（演示数据）',
      },
      { id: ulid(), enterpriseOrgId: enterprise.org.id, grantedBy: enterprise.admin.id, at, today, agent },
    );
    const period = `（${auth.validFrom} 至 ${auth.validUntil}）`;
    await store.authorisations.grant(auth, [
      entry(
        enterprise.org.id,
        enterprise.admin,
        'authorisation.granted',
        `${enterprise.admin.name} 委托“${agent.name}”代为征集和管理技术需求${period}`,
        at,
      ),
      entry(
        agent.id,
        enterprise.admin,
        'authorisation.granted',
        `“${enterprise.org.name}”委托本机构代为征集和管理技术需求${period}`,
        at,
      ),
    ]);
    granted.push(auth);
  }
  return granted;
}

/**
 * The demo enterprises' published technology needs, written through the need repository as parsed records,
 * an hour apart so the ledgers have an order. A few were collected by the agency or the park under their
 * authorisation, with that work on both evidence trails.
 */
export async function seedNeeds(
  store: Store,
  seeded: { orgIds: ReadonlyMap<string, string>; users: ReadonlyMap<string, User> },
  now: () => Date,
): Promise<{ needs: Need[]; authorisations: Authorisation[] }> {
  const parties = await loadParties(store, seeded.orgIds, seeded.users);
  const authorisations = await seedAuthorisations(store, parties, now());
  const base = now().getTime() - DEMO_NEEDS.length * HOUR_MS;
  const needs: Need[] = [];
  for (const [i, demo] of DEMO_NEEDS.entries()) {
    const owner = party(parties, demo.orgKey);
    const contact = DEMO_ORGANISATIONS.find((o) => o.key === demo.orgKey)?.contact ?? owner.org.contact;
    const visibility: NeedVisibility = AGENCIES_ONLY.has(i) ? 'agencies' : 'public';
    const input = NeedInputSchema.parse({
      title: demo.title,
      description: demo.description,
      targets: demo.targets,
      industryChains: [demo.industryChain],
      ...(demo.ipc ? { ipc: demo.ipc } : {}),
      budget: { minFen: demo.budgetMinFen, maxFen: demo.budgetMaxFen },
      dealTypes: demo.dealTypes,
      readiness: demo.readiness,
      deadline: demo.deadline,
      regionCode: demo.regionCode,
      contact,
      visibility,
    });
    const at = new Date(base + i * HOUR_MS).toISOString();
    const agentKey = COLLECTED_BY.get(i);
    const agent = agentKey === undefined ? undefined : party(parties, agentKey);
    const auth =
      agent &&
      authorisations.find((a) => a.agentOrgId === agent.org.id && a.enterpriseOrgId === owner.org.id);
    if (agent && !auth)
      throw new Error(`demo need ${i} is collected by ${agentKey} without an authorisation`);
    const draft = createNeed(input, {
      id: ulid(),
      ownerOrgId: owner.org.id,
      ...(agent ? { collectedBy: { orgId: agent.org.id, userId: agent.admin.id } } : {}),
      at,
    });
    const need = transitionNeed(draft, 'open', { at });
    const subject = `“${need.title}”（需求 ${need.id}）`;
    await store.needs.create(
      need,
      agent && auth
        ? {
            audit: [
              entry(
                agent.org.id,
                agent.admin,
                'need.collected',
                `${agent.admin.name} 代${owner.org.name}登记技术需求${subject}`,
                at,
              ),
              entry(
                owner.org.id,
                agent.admin,
                'need.collected',
                `${agent.org.name}（${agent.admin.name}）代本企业登记技术需求${subject}`,
                at,
              ),
            ],
            authorisation: { enterpriseOrgId: owner.org.id, id: auth.id },
          }
        : {},
    );
    needs.push(need);
  }
  return { needs, authorisations };
}

/** Every demo organisation as stored, and its admin, by organisation key. */
async function loadParties(
  store: Store,
  orgIds: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, User>,
): Promise<DemoParties> {
  const orgs = new Map<string, Org>();
  for (const [key, id] of orgIds) {
    const org = await store.orgs.get(id);
    if (org) orgs.set(key, org);
  }
  const admins = new Map<string, User>();
  for (const demo of DEMO_USERS) {
    const user = users.get(demo.email);
    if (demo.role === 'admin' && user) admins.set(demo.orgKey, user);
  }
  return { orgs, admins };
}
