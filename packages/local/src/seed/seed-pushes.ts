import {
  DEFAULT_PUSH_DEDUPE_DAYS,
  type Proposal,
  type Push,
  proposalQueue,
  pushBrokerType,
  type User,
} from '@openlicense/domain';
import type { Matcher } from '@openlicense/fn-matcher';
import type { Store } from '@openlicense/store';
import { DEMO_USERS } from './demo-data/index.ts';

/**
 * Which brokers push what in the demo: the agency its best proposal (so its quota dashboard shows
 * progress, and its queue still holds one to review), the park its best one for the demo enterprise (so
 * that enterprise's inbox holds a push).
 */
const DEMO_PUSHES = [
  {
    broker: 'xingcheng-ip',
    count: 1,
    note: '企业正在寻找该方向技术，建议优先对接（演示数据）',
  },
  {
    broker: 'lugu-park',
    enterprise: 'lugu-battery',
    count: 1,
    note: '园区重点企业，技术方向契合（演示数据）',
    message: '这项开放许可专利与贵司的技术需求高度相关，许可条件公开透明，欢迎在线了解并反馈。',
  },
] as const;

export interface SeededPushes {
  /** Proposals waiting in the demo agency's review queue after the pushes. */
  proposals: number;
  pushes: Push[];
}

/**
 * Runs the matcher's full run over the seeded listings and needs (matches and proposals for every broker),
 * then has the demo agency and park approve their best proposals, which are delivered at once: the agency's
 * queue, the enterprise's inbox and the quota dashboards all have something to show.
 */
export async function seedPushes(
  store: Store,
  matcher: Pick<Matcher, 'jobs'>,
  parties: { orgIds: ReadonlyMap<string, string>; users: ReadonlyMap<string, User> },
  now: () => Date,
): Promise<SeededPushes> {
  const fullRun = matcher.jobs.find((job) => job.name === 'match-full-run');
  if (!fullRun) throw new Error('the matcher has no match-full-run job');
  await fullRun.run();

  const pushes: Push[] = [];
  for (const plan of DEMO_PUSHES) {
    const brokerOrgId = parties.orgIds.get(plan.broker);
    const adminEmail = DEMO_USERS.find((u) => u.orgKey === plan.broker && u.role === 'admin')?.email;
    const admin = adminEmail ? parties.users.get(adminEmail) : undefined;
    const broker = brokerOrgId ? await store.orgs.get(brokerOrgId) : undefined;
    if (!brokerOrgId || !admin || !broker) throw new Error(`demo broker ${plan.broker} is missing`);
    const enterpriseOrgId = 'enterprise' in plan ? parties.orgIds.get(plan.enterprise) : undefined;
    const queue = await store.proposals.listForBroker(brokerOrgId, 'proposed', { limit: 100 });
    const chosen: Proposal[] = [];
    for (const proposal of queue.items) {
      if (chosen.length >= plan.count) break;
      if (enterpriseOrgId && proposal.enterpriseOrgId !== enterpriseOrgId) continue;
      // One push per listing and enterprise: a second proposal of the same pair would be refused.
      if (
        chosen.some(
          (c) => c.listingId === proposal.listingId && c.enterpriseOrgId === proposal.enterpriseOrgId,
        )
      )
        continue;
      chosen.push(proposal);
    }
    for (const proposal of chosen) {
      const push = await store.pushes.approve({
        proposal,
        brokerUserId: admin.id,
        brokerName: broker.name,
        brokerType: pushBrokerType(broker.type),
        note: plan.note,
        ...('message' in plan ? { message: plan.message } : {}),
        now: now(),
        dedupeDays: DEFAULT_PUSH_DEDUPE_DAYS,
      });
      pushes.push(await store.pushes.deliver(push.id, now()));
    }
  }
  const agency = parties.orgIds.get('xingcheng-ip') ?? '';
  const waiting = await store.proposals.listForBroker(agency, 'proposed', { limit: 100 });
  // As the agency's queue shows them: pairs already pushed and unsubscribed enterprises left out.
  const facts = await store.proposalQueue.read(waiting.items, now());
  return { proposals: proposalQueue(waiting.items, facts).length, pushes };
}
