import { BatchGetCommand, type BatchGetCommandOutput, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Authorisation,
  applyFeedback,
  brokerAuthorisation,
  chinaDate,
  chinaMonth,
  chinaYear,
  DEFAULT_WEEKLY_CAP,
  FEEDBACK_LABELS,
  type FeedbackAdjustments,
  type FeedbackKind,
  isoWeek,
  type Lead,
  lapsedAuthorisationMessage,
  nextIsoWeekMonday,
  type Proposal,
  type Push,
  type PushPreferences,
  PushSchema,
} from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import { auditPut } from '../audit/audit-put.ts';
import { createAuthorisationRepository } from '../authorisations/authorisation-repository.ts';
import { queryPage as readPage } from '../dynamo/cursor.ts';
import { exactCount } from '../dynamo/exact-count.ts';
import type { Page } from '../dynamo/page.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import { addCounts, type TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import type { EvidenceRepository } from '../evidence/evidence-repository.ts';
import { keys, stripStorage } from '../keys.ts';
import { leadPuts } from '../leads/lead-repository.ts';
import type { MatchFeedbackRepository } from '../matches/match-feedback-repository.ts';
import { notPending, type ProposalRepository, proposalDecision } from '../proposals/proposal-repository.ts';
import { quotaAttribute } from '../quotas/quota-repository.ts';
import type { PagedStoreContext, StoreContext } from '../store-context.ts';
import { INDEX } from '../table-definitions.ts';
import { newUlid } from './new-ulid.ts';
import type { PushPreferencesRepository } from './push-preferences-repository.ts';

const DAY_MS = 86_400_000;

export interface ApproveRequest {
  /** The broker's stored, still-proposed proposal (its pair, score and explanation are pushed). */
  proposal: Proposal;
  /** The broker user who approves, or `auto` for the broker's auto-push threshold. */
  brokerUserId: string;
  brokerName: string;
  note?: string;
  /** The broker's edited text for the enterprise. */
  message?: string;
  now: Date;
  /** The same listing is not pushed to the same enterprise again within this many days (PUSH_DEDUPE_DAYS). */
  dedupeDays: number;
  /**
   * The enterprise's live authorisation the broker pushes under, as the caller found it: the transaction
   * checks it is still live (`authorisation_revoked` otherwise), so a revocation racing the approval either
   * comes after a counted push or refuses it. Omitted only for a broker the enterprise never authorised
   * that collected the need (see `brokerAuthorisation`).
   */
  authorisation?: Pick<Authorisation, 'enterpriseOrgId' | 'id'>;
}

/**
 * The transaction item that holds only while the authorisation is live on `today` (China date) for
 * `agentOrgId`: a revocation or its end written before the transaction refuses it.
 */
function authorisationLive(
  ctx: StoreContext,
  auth: Pick<Authorisation, 'enterpriseOrgId' | 'id'>,
  agentOrgId: string,
  today: string,
): TransactItem {
  return {
    ConditionCheck: {
      TableName: ctx.tableName,
      Key: keys.authorisation(auth.enterpriseOrgId, auth.id),
      ConditionExpression:
        '#status = :active AND agentOrgId = :agent AND validFrom <= :today AND validUntil >= :today',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':active': 'active', ':agent': agentOrgId, ':today': today },
    },
  };
}

const authorisationRevoked = (message: string) => new StoreConflictError('authorisation_revoked', message);

export interface FeedbackRequest {
  kind: FeedbackKind;
  comment?: string;
  /** IPC codes of the listing, for "wrong field"; defaults to the codes the match's IPC signal named. */
  listingIpc?: string[];
}

const item = (push: Push) => ({
  ...keys.push(push.id),
  ...keys.pushByBroker(push.brokerOrgId, chinaYear(push.approvedAt), push.approvedAt, push.id),
  ...(push.deliveredAt ? keys.pushByEnterprise(push.enterpriseOrgId, push.deliveredAt, push.id) : {}),
  entity: 'Push',
  ...push,
});
const parse = (raw: Record<string, unknown>) => PushSchema.parse(stripStorage(raw));

const notFound = () => new StoreConflictError('PUSH_NOT_FOUND', '未找到该推送 / push not found');

const unsubscribed = () =>
  new StoreConflictError(
    'PUSH_UNSUBSCRIBED',
    '该企业已退订精准推送 / the enterprise has unsubscribed from pushes',
  );

/** Evidence of one step of a push, on `orgId`'s trail. */
function evidence(orgId: string, actorId: string, at: Date, action: string, summary: string): AuditEntry {
  return { id: newUlid(at), orgId, at: at.toISOString(), actorId, action, summary };
}

const describe = (push: Pick<Push, 'listingTitle' | 'enterpriseName'>) =>
  `「${push.listingTitle}」→ ${push.enterpriseName}`;

/**
 * Precise pushes (精准推送): approval under the pair lock, weekly cap and unsubscribe; delivery counted toward
 * the broker's quota once per (listing, enterprise) pair and year; read receipts; feedback with its lead and
 * the matcher's adjustments. Every step writes its evidence in the same transaction.
 */
export function createPushRepository(
  ctx: PagedStoreContext,
  deps: {
    proposals: ProposalRepository;
    preferences: PushPreferencesRepository;
    matchFeedback: MatchFeedbackRepository;
    /** The broker's hash-chained quota evidence: a counted delivery appends `push_delivered`. */
    evidence: EvidenceRepository;
  },
) {
  const { doc, tableName } = ctx;
  const authorisations = createAuthorisationRepository(ctx);

  /** Replaces the push last read as `current` (optimistic locking on its version). */
  const replace = (current: Push, next: Push): TransactItem => ({
    Put: {
      TableName: tableName,
      Item: item(next),
      ConditionExpression: 'version = :v',
      ExpressionAttributeValues: { ':v': current.version },
    },
  });
  const add = (key: Record<string, string>, counts: Record<string, number>) => addCounts(ctx, key, counts);

  async function duplicateError(listingId: string, enterpriseOrgId: string) {
    const { Item } = await doc.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.pushPair(listingId, enterpriseOrgId),
        ConsistentRead: true,
      }),
    );
    const pushedAt = typeof Item?.pushedAt === 'string' ? chinaDate(Item.pushedAt) : '近期';
    const until = typeof Item?.until === 'string' ? chinaDate(Item.until) : '';
    return new StoreConflictError(
      'PUSH_DUPLICATE',
      `该成果已于 ${pushedAt} 推送给该企业，${until} 前不再重复推送 / this listing was pushed to this enterprise on ` +
        `${pushedAt}; it is not pushed again before ${until}`,
    );
  }

  const capError = (cap: number, now: Date) => {
    const next = nextIsoWeekMonday(now);
    return new StoreConflictError(
      'PUSH_FREQUENCY_CAP',
      `该企业每周最多接收 ${cap} 条推送，本周（${isoWeek(now)}）已满，请于 ${next}（下周一）起再推送 / the enterprise ` +
        `accepts at most ${cap} pushes a week and this week's (${isoWeek(now)}) are used up; push again from ${next}`,
    );
  };

  /**
   * Marks an approved push `undeliverable` (the enterprise never receives it) with its evidence, and frees
   * the pair if this push still holds it. Undefined when the push changed meanwhile (read it again).
   */
  async function undeliverable(
    current: Push,
    reason: string,
    summary: string,
    now: Date,
  ): Promise<Push | undefined> {
    const next: Push = {
      ...current,
      status: 'undeliverable',
      undeliverableReason: reason,
      version: current.version + 1,
    };
    const { Item: lock } = await doc.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.pushPair(current.listingId, current.enterpriseOrgId),
        ConsistentRead: true,
      }),
    );
    const release: TransactItem[] =
      lock?.pushId === current.id
        ? [
            {
              Delete: {
                TableName: tableName,
                Key: keys.pushPair(current.listingId, current.enterpriseOrgId),
                ConditionExpression: 'pushId = :id',
                ExpressionAttributeValues: { ':id': current.id },
              },
            },
          ]
        : [];
    const failed = await writeAtomicallyRetrying(ctx, [
      replace(current, next),
      ...release,
      auditPut(ctx, evidence(current.brokerOrgId, 'system', now, 'push.undeliverable', summary)),
    ]);
    return failed === undefined ? next : undefined;
  }

  return {
    async get(id: string): Promise<Push | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.push(id), ConsistentRead: true }),
      );
      return Item ? parse(Item) : undefined;
    },

    /**
     * Approves a broker's proposal as a push, in one transaction: the proposal becomes `pushed`; the pair lock
     * (listing × enterprise, any broker) is taken unless another push holds it within `dedupeDays`; the
     * enterprise's weekly counter moves unless its cap is reached; its preferences are checked unchanged and
     * subscribed; the evidence is appended. Refuses with `PUSH_DUPLICATE`, `PUSH_FREQUENCY_CAP`,
     * `PUSH_UNSUBSCRIBED` or `PROPOSAL_PUSHED` / `PROPOSAL_REJECTED` / `PROPOSAL_NOT_FOUND` (StoreConflictError).
     */
    async approve(request: ApproveRequest): Promise<Push> {
      const { proposal, now, dedupeDays } = request;
      const at = now.toISOString();
      const auto = request.brokerUserId === 'auto';
      const push: Push = {
        id: newUlid(now),
        listingId: proposal.listingId,
        listingKind: proposal.listingKind,
        listingTitle: proposal.listingTitle,
        holderName: proposal.holderName,
        enterpriseOrgId: proposal.enterpriseOrgId,
        enterpriseName: proposal.enterpriseName,
        needId: proposal.needId,
        needTitle: proposal.needTitle,
        brokerOrgId: proposal.brokerOrgId,
        brokerName: request.brokerName,
        approvedBy: request.brokerUserId,
        auto,
        score: proposal.score,
        explanation: proposal.explanation,
        ...(request.note ? { note: request.note } : {}),
        ...(request.message ? { message: request.message } : {}),
        ...(request.authorisation ? { authorisationId: request.authorisation.id } : {}),
        status: 'approved',
        approvedAt: at,
        version: 1,
      };
      const until = new Date(now.getTime() + dedupeDays * DAY_MS).toISOString();
      const week = isoWeek(now);

      for (let attempt = 0; attempt < 3; attempt++) {
        const prefs: PushPreferences | undefined = await deps.preferences.find(proposal.enterpriseOrgId);
        if (prefs?.unsubscribed) throw unsubscribed();
        const cap = prefs?.weeklyCap ?? DEFAULT_WEEKLY_CAP;
        const items: TransactItem[] = [
          proposalDecision(ctx, proposal, 'pushed', now, { pushId: push.id }),
          {
            Put: { TableName: tableName, Item: item(push), ConditionExpression: 'attribute_not_exists(pk)' },
          },
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.pushPair(push.listingId, push.enterpriseOrgId),
                entity: 'PushPairLock',
                pushId: push.id,
                brokerOrgId: push.brokerOrgId,
                pushedAt: at,
                until,
                expiresAt: Math.ceil(new Date(until).getTime() / 1000) + 86_400,
              },
              ConditionExpression: 'attribute_not_exists(pk) OR #until < :now',
              ExpressionAttributeNames: { '#until': 'until' },
              ExpressionAttributeValues: { ':now': at },
            },
          },
          {
            Update: {
              TableName: tableName,
              Key: keys.pushCap(push.enterpriseOrgId, week),
              UpdateExpression: 'SET entity = :entity, expiresAt = :exp ADD #count :one',
              ConditionExpression: 'attribute_not_exists(#count) OR #count < :cap',
              ExpressionAttributeNames: { '#count': 'count' },
              ExpressionAttributeValues: {
                ':entity': 'PushWeekCount',
                ':exp': Math.ceil(now.getTime() / 1000) + 30 * 86_400,
                ':one': 1,
                ':cap': cap,
              },
            },
          },
          {
            ConditionCheck: {
              TableName: tableName,
              Key: keys.pushPreferences(push.enterpriseOrgId),
              ...(prefs
                ? {
                    ConditionExpression: 'version = :v AND unsubscribed = :no',
                    ExpressionAttributeValues: { ':v': prefs.version, ':no': false },
                  }
                : { ConditionExpression: 'attribute_not_exists(pk)' }),
            },
          },
          auditPut(
            ctx,
            evidence(
              push.brokerOrgId,
              request.brokerUserId,
              now,
              auto ? 'push.auto_approved' : 'push.approved',
              `批准推送 ${describe(push)}（匹配度 ${push.score}）`,
            ),
          ),
          // Last: the authorisation is still live when the push is written, not only when it was read.
          ...(request.authorisation
            ? [authorisationLive(ctx, request.authorisation, push.brokerOrgId, chinaDate(at))]
            : []),
        ];
        const failed = await writeAtomicallyRetrying(ctx, items);
        if (failed === undefined) return push;
        if (failed === 0) throw notPending(await deps.proposals.get(proposal.brokerOrgId, proposal.id));
        if (failed === 2) throw await duplicateError(push.listingId, push.enterpriseOrgId);
        if (failed === 3) throw capError(cap, now);
        if (request.authorisation && failed === items.length - 1) {
          const auth = await authorisations.get(
            request.authorisation.enterpriseOrgId,
            request.authorisation.id,
          );
          throw authorisationRevoked(
            auth
              ? lapsedAuthorisationMessage(auth)
              : '未找到该企业的委托授权，不能向其推送 / no authorisation from this enterprise: nothing is pushed to it',
          );
        }
        if (failed !== 4) throw new Error(`push approval failed on item ${failed}`);
        // The preferences changed meanwhile: read them again.
      }
      throw new StoreConflictError('stale_version', '推送设置正在变更，请重试 / preferences changed, retry');
    },

    /**
     * Delivers an approved push to the enterprise's inbox (idempotent: a push past `approved` is returned as
     * it is). It counts toward the broker's quota of the delivery year only for the first delivery of its
     * (listing, enterprise) pair that year. When the enterprise unsubscribed meanwhile, or the broker's
     * authorisation from it was revoked or ended, it is `undeliverable` (nothing counted); the authorisation is
     * checked live inside the delivery's transaction, so a revocation cannot slip between check and count.
     */
    async deliver(pushId: string, now: Date): Promise<Push> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await this.get(pushId);
        if (!current) throw notFound();
        if (current.status !== 'approved') return current;
        const at = now.toISOString();
        const prefs = await deps.preferences.find(current.enterpriseOrgId);
        if (prefs?.unsubscribed) {
          const done = await undeliverable(
            current,
            '企业已退订精准推送 / the enterprise unsubscribed',
            `推送无法送达（企业已退订）${describe(current)}`,
            now,
          );
          if (done) return done;
          continue;
        }
        // The broker still serves the enterprise: its authorisation is re-read now and checked in the write.
        const standing = brokerAuthorisation(
          await authorisations.listByEnterprise(current.enterpriseOrgId),
          { enterpriseOrgId: current.enterpriseOrgId, agentOrgId: current.brokerOrgId },
          chinaDate(at),
          current.authorisationId,
        );
        if (standing.kind === 'lapsed' || (standing.kind === 'none' && current.authorisationId)) {
          const done = await undeliverable(
            current,
            standing.kind === 'lapsed'
              ? lapsedAuthorisationMessage(standing.authorisation)
              : '委托授权已不存在 / the authorisation no longer exists',
            `推送无法送达（委托授权已撤销或到期）${describe(current)}`,
            now,
          );
          if (done) return done;
          continue;
        }
        const next: Push = { ...current, status: 'delivered', deliveredAt: at, version: current.version + 1 };
        const year = chinaYear(now);
        const quotaKey = keys.quota(current.brokerOrgId, year);
        const common: TransactItem[] = [
          replace(current, next),
          add(keys.pushInbox(current.enterpriseOrgId), { unread: 1 }),
          auditPut(
            ctx,
            evidence(current.brokerOrgId, 'system', now, 'push.delivered', `推送已送达 ${describe(current)}`),
          ),
          // A revocation written after the read above fails this, and the next round finds it lapsed.
          ...(standing.kind === 'live'
            ? [authorisationLive(ctx, standing.authorisation, current.brokerOrgId, chinaDate(at))]
            : []),
        ];
        const counted: TransactItem[] = [
          ...common,
          add(quotaKey, {
            [quotaAttribute.pushes]: 1,
            [quotaAttribute.delivered]: 1,
            [quotaAttribute.month(chinaMonth(now))]: 1,
          }),
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.quotaPair(current.brokerOrgId, year, current.listingId, current.enterpriseOrgId),
                entity: 'QuotaPairCounted',
                pushId: current.id,
                countedAt: at,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ];
        // A counted delivery is quota evidence: appended to the broker's chain in the same transaction.
        const written = await deps.evidence.write(
          [
            {
              orgId: current.brokerOrgId,
              kind: 'push_delivered',
              subjectId: current.id,
              actorId: current.approvedBy,
              summary: `精准推送送达${describe(current)}${current.needTitle ? `（需求：${current.needTitle}）` : ''}`,
              data: {
                listingId: current.listingId,
                listingTitle: current.listingTitle,
                enterpriseOrgId: current.enterpriseOrgId,
                enterpriseName: current.enterpriseName,
                ...(current.needId ? { needId: current.needId } : {}),
                score: current.score,
                auto: current.auto,
              },
              at,
            },
          ],
          () => counted,
        );
        if (written.ok) return next;
        if (written.failedIndex === counted.length - 1) {
          // The pair was counted already this year: deliver without counting it again.
          const again = await writeAtomicallyRetrying(ctx, [
            ...common,
            add(quotaKey, { [quotaAttribute.delivered]: 1 }),
          ]);
          if (again === undefined) return next;
        }
        // Someone else moved the push meanwhile: read it again.
      }
      throw new StoreConflictError('stale_version', '推送正在变更，请重试 / the push is changing, retry');
    },

    /** The enterprise's inbox, newest delivery first. */
    async listInbox(
      enterpriseOrgId: string,
      options: { limit: number; cursor?: string },
    ): Promise<Page<Push>> {
      return queryPage(
        INDEX.pushesByEnterprise,
        keys.pushByEnterprise(enterpriseOrgId, '', '').pushesByEnterprisePk,
        options,
      );
    },

    /** Pushes in the inbox not opened yet. */
    async unreadCount(enterpriseOrgId: string): Promise<number> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.pushInbox(enterpriseOrgId), ConsistentRead: true }),
      );
      return Math.max(0, exactCount('unread', Item?.unread));
    },

    /** A broker's pushes approved in the China-time `year`, newest first. */
    async listByBroker(
      brokerOrgId: string,
      year: string | number,
      options: { limit: number; cursor?: string },
    ): Promise<Page<Push>> {
      const pk = keys.pushByBroker(brokerOrgId, String(year), '', '').pushesByBrokerPk;
      return queryPage(INDEX.pushesByBroker, pk, options);
    },

    /**
     * Which of the (listing, enterprise) pairs are held by a push within its dedupe window at `now`, as
     * `listingId#enterpriseOrgId` strings: a screen marks those matches as pushed.
     */
    async pushedPairs(
      pairs: readonly { listingId: string; enterpriseOrgId: string }[],
      now: Date,
    ): Promise<Set<string>> {
      const held = new Set<string>();
      const at = now.toISOString();
      const unique = [...new Map(pairs.map((p) => [`${p.listingId}#${p.enterpriseOrgId}`, p])).values()];
      for (let start = 0; start < unique.length; start += 100) {
        let pending: Record<string, unknown>[] | undefined = unique
          .slice(start, start + 100)
          .map((p) => keys.pushPair(p.listingId, p.enterpriseOrgId));
        for (let attempt = 0; pending && pending.length > 0 && attempt < 5; attempt++) {
          const result: BatchGetCommandOutput = await doc.send(
            new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
          );
          for (const lock of result.Responses?.[tableName] ?? [])
            if (typeof lock.until === 'string' && lock.until >= at)
              held.add(keys.pushPairOf(String(lock.pk)));
          pending = result.UnprocessedKeys?.[tableName]?.Keys;
        }
      }
      return held;
    },

    /** Every push of a broker approved in `year`, newest first (exports). */
    async allByBroker(brokerOrgId: string, year: string | number): Promise<Push[]> {
      const all: Push[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.listByBroker(brokerOrgId, year, {
          limit: 500,
          ...(cursor ? { cursor } : {}),
        });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },

    /**
     * The read receipt: a delivered push of `enterpriseOrgId` becomes `read` (counted in the broker's read
     * rate); reading again changes nothing. `PUSH_NOT_FOUND` for another enterprise's push.
     */
    async markRead(id: string, enterpriseOrgId: string, now: Date, actorId = 'system'): Promise<Push> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await this.get(id);
        if (!current || current.enterpriseOrgId !== enterpriseOrgId) throw notFound();
        if (current.status === 'read' || current.status === 'answered') return current;
        if (current.status !== 'delivered')
          throw new StoreConflictError('PUSH_NOT_DELIVERED', '该推送尚未送达 / the push is not delivered');
        const next: Push = {
          ...current,
          status: 'read',
          readAt: now.toISOString(),
          version: current.version + 1,
        };
        const failed = await writeAtomicallyRetrying(ctx, [
          replace(current, next),
          add(keys.quota(current.brokerOrgId, chinaYear(current.deliveredAt ?? now)), {
            [quotaAttribute.reads]: 1,
          }),
          add(keys.pushInbox(enterpriseOrgId), { unread: -1 }),
          auditPut(
            ctx,
            evidence(current.brokerOrgId, actorId, now, 'push.read', `企业已阅读推送 ${describe(current)}`),
          ),
        ]);
        if (failed === undefined) return next;
      }
      throw new StoreConflictError('stale_version', '推送正在变更，请重试 / the push is changing, retry');
    },

    /**
     * The enterprise's answer, once: the push becomes `answered` (and read, if it was not); "wrong field" and
     * "already known" update the enterprise's match adjustments; "interested" creates a lead linked to the
     * broker and the enterprise. Evidence goes on both trails. `PUSH_ALREADY_ANSWERED` on a second answer.
     */
    async answer(
      id: string,
      enterpriseOrgId: string,
      feedback: FeedbackRequest,
      actorId: string,
      now: Date,
    ): Promise<Push> {
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await this.get(id);
        if (!current || current.enterpriseOrgId !== enterpriseOrgId) throw notFound();
        if (current.status === 'answered')
          throw new StoreConflictError(
            'PUSH_ALREADY_ANSWERED',
            `该推送已反馈（${FEEDBACK_LABELS[current.feedback?.kind ?? 'relevant']}） / this push was answered already`,
          );
        if (current.status !== 'delivered' && current.status !== 'read')
          throw new StoreConflictError('PUSH_NOT_DELIVERED', '该推送尚未送达 / the push is not delivered');
        const at = now.toISOString();
        const lead: Lead | undefined =
          feedback.kind === 'interested'
            ? {
                id: newUlid(now),
                stage: 'lead',
                source: { kind: 'push', pushId: current.id },
                listingId: current.listingId,
                enterpriseOrgId,
                brokerOrgId: current.brokerOrgId,
                createdAt: at,
              }
            : undefined;
        const next: Push = {
          ...current,
          status: 'answered',
          readAt: current.readAt ?? at,
          feedback: { kind: feedback.kind, ...(feedback.comment ? { comment: feedback.comment } : {}), at },
          ...(lead ? { leadId: lead.id } : {}),
          version: current.version + 1,
        };
        const wasUnread = current.status === 'delivered';
        const quota = add(keys.quota(current.brokerOrgId, chinaYear(current.deliveredAt ?? now)), {
          [quotaAttribute.feedback(feedback.kind)]: 1,
          ...(wasUnread ? { [quotaAttribute.reads]: 1 } : {}),
        });
        const stored = await deps.matchFeedback.getVersioned(enterpriseOrgId);
        const ipc =
          feedback.listingIpc ?? current.explanation.signals.find((s) => s.signal === 'ipc')?.evidence ?? [];
        const adjusted: FeedbackAdjustments = applyFeedback(stored.adjustments, feedback.kind, {
          listingId: current.listingId,
          ipc,
        });
        const label = FEEDBACK_LABELS[feedback.kind];
        const items: TransactItem[] = [
          replace(current, next),
          quota,
          ...(wasUnread ? [add(keys.pushInbox(enterpriseOrgId), { unread: -1 })] : []),
          ...(adjusted === stored.adjustments
            ? []
            : [
                {
                  Put: {
                    TableName: tableName,
                    Item: {
                      ...keys.matchFeedback(enterpriseOrgId),
                      entity: 'MatchFeedback',
                      ...adjusted,
                      version: stored.version + 1,
                      updatedAt: at,
                    },
                    ConditionExpression: stored.version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
                    ...(stored.version === 0 ? {} : { ExpressionAttributeValues: { ':v': stored.version } }),
                  },
                } satisfies TransactItem,
              ]),
          ...(lead ? leadPuts(ctx, lead) : []),
          auditPut(
            ctx,
            evidence(
              current.brokerOrgId,
              actorId,
              now,
              'push.feedback',
              `企业反馈「${label}」${describe(current)}`,
            ),
          ),
          auditPut(
            ctx,
            evidence(
              enterpriseOrgId,
              actorId,
              now,
              'push.feedback',
              `反馈「${label}」：${current.listingTitle}（${current.brokerName}推送）`,
            ),
          ),
        ];
        const failed = await writeAtomicallyRetrying(ctx, items);
        if (failed === undefined) return next;
        // The push or the adjustments changed meanwhile: read them again.
      }
      throw new StoreConflictError('stale_version', '推送正在变更，请重试 / the push is changing, retry');
    },
  };

  async function queryPage(
    indexName: string,
    pk: string,
    options: { limit: number; cursor?: string },
  ): Promise<Page<Push>> {
    const page = await readPage(
      ctx,
      {
        TableName: tableName,
        IndexName: indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': `${indexName}Pk` },
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    return { items: page.items.map(parse), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }
}
export type PushRepository = ReturnType<typeof createPushRepository>;
