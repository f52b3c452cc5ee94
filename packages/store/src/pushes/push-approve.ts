import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Authorisation,
  chinaDate,
  DEFAULT_WEEKLY_CAP,
  isoWeek,
  nextIsoWeekMonday,
  type Proposal,
  type Push,
  type PushBrokerType,
  type PushPreferences,
  pushApprovedText,
} from '@openlicense/domain';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys } from '../keys.ts';
import { notPending, proposalDecision } from '../proposals/proposal-repository.ts';
import type { StoreContext } from '../store-context.ts';
import { newUlid } from './new-ulid.ts';
import { authorisationLive, type PushSteps, pushEvidence, pushItem } from './push-item.ts';

const DAY_MS = 86_400_000;

export interface ApproveRequest {
  /** The broker's stored, still-proposed proposal (its pair, score and explanation are pushed). */
  proposal: Proposal;
  /** The broker user who approves, or `auto` for the broker's auto-push threshold. */
  brokerUserId: string;
  brokerName: string;
  /** The broker's organisation type, shown to the enterprise as the sender's kind. */
  brokerType?: PushBrokerType | undefined;
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

const unsubscribed = () => new StoreConflictError('PUSH_UNSUBSCRIBED');

async function duplicateError(ctx: StoreContext, listingId: string, enterpriseOrgId: string) {
  const { Item } = await ctx.doc.send(
    new GetCommand({
      TableName: ctx.tableName,
      Key: keys.pushPair(listingId, enterpriseOrgId),
      ConsistentRead: true,
    }),
  );
  return new StoreConflictError('PUSH_DUPLICATE', {
    ...(typeof Item?.pushedAt === 'string' && { pushedAt: chinaDate(Item.pushedAt) }),
    ...(typeof Item?.until === 'string' && { until: chinaDate(Item.until) }),
  });
}

const capError = (cap: number, now: Date) =>
  new StoreConflictError('PUSH_FREQUENCY_CAP', {
    cap,
    week: isoWeek(now),
    nextMonday: nextIsoWeekMonday(now),
  });

/**
 * Marks an approved push `undeliverable` (the enterprise never receives it) with its evidence, and frees
 * the pair if this push still holds it. Undefined when the push changed meanwhile (read it again).

/**
 * Approves a broker's proposal as a push, in one transaction: the proposal becomes `pushed`; the pair lock
 * (listing × enterprise, any broker) is taken unless another push holds it within `dedupeDays`; the
 * enterprise's weekly counter moves unless its cap is reached; its preferences are checked unchanged and
 * subscribed; the evidence is appended. Refuses with `PUSH_DUPLICATE`, `PUSH_FREQUENCY_CAP`,
 * `PUSH_UNSUBSCRIBED` or `PROPOSAL_PUSHED` / `PROPOSAL_REJECTED` / `PROPOSAL_NOT_FOUND` (StoreConflictError).
 */
export async function approvePush(steps: PushSteps, request: ApproveRequest): Promise<Push> {
  const { ctx, deps, authorisations } = steps;
  const { tableName } = ctx;
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
    ...(request.brokerType ? { brokerType: request.brokerType } : {}),
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
        Put: { TableName: tableName, Item: pushItem(push), ConditionExpression: 'attribute_not_exists(pk)' },
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
        pushEvidence(
          push.brokerOrgId,
          request.brokerUserId,
          now,
          auto ? 'push.auto_approved' : 'push.approved',
          pushApprovedText(push),
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
    if (failed === 2) throw await duplicateError(ctx, push.listingId, push.enterpriseOrgId);
    if (failed === 3) throw capError(cap, now);
    if (request.authorisation && failed === items.length - 1) {
      const auth = await authorisations.get(request.authorisation.enterpriseOrgId, request.authorisation.id);
      throw new StoreConflictError('authorisation_revoked', {
        subject: 'push',
        ...(auth && { authorisation: auth }),
      });
    }
    if (failed !== 4) throw new Error(`push approval failed on item ${failed}`);
    // The preferences changed meanwhile: read them again.
  }
  throw new StoreConflictError('stale_version', { subject: 'push_preferences_busy' });
}
