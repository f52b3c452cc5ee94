import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  brokerAuthorisation,
  chinaDate,
  chinaMonth,
  chinaYear,
  type Push,
  pushDeliveredEvidenceText,
  pushDeliveredText,
  pushUndeliverableText,
} from '@openlicense/domain';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys } from '../keys.ts';
import { quotaAttribute } from '../quotas/quota-repository.ts';
import type { StoreContext } from '../store-context.ts';
import {
  addTo,
  authorisationLive,
  type PushSteps,
  pushEvidence,
  pushNotFound,
  replacePush,
} from './push-item.ts';

async function undeliverable(
  ctx: StoreContext,
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
  const { Item: lock } = await ctx.doc.send(
    new GetCommand({
      TableName: ctx.tableName,
      Key: keys.pushPair(current.listingId, current.enterpriseOrgId),
      ConsistentRead: true,
    }),
  );
  const release: TransactItem[] =
    lock?.pushId === current.id
      ? [
          {
            Delete: {
              TableName: ctx.tableName,
              Key: keys.pushPair(current.listingId, current.enterpriseOrgId),
              ConditionExpression: 'pushId = :id',
              ExpressionAttributeValues: { ':id': current.id },
            },
          },
        ]
      : [];
  const failed = await writeAtomicallyRetrying(ctx, [
    replacePush(ctx, current, next),
    ...release,
    auditPut(ctx, pushEvidence(current.brokerOrgId, 'system', now, 'push.undeliverable', summary)),
  ]);
  return failed === undefined ? next : undefined;
}

/**
 * Delivers an approved push to the enterprise's inbox (idempotent: a push past `approved` is returned as
 * it is). It counts toward the broker's quota of the delivery year only for the first delivery of its
 * (listing, enterprise) pair that year. When the enterprise unsubscribed meanwhile, or the broker's
 * authorisation from it was revoked or ended, it is `undeliverable` (nothing counted); the authorisation is
 * checked live inside the delivery's transaction, so a revocation cannot slip between check and count.
 */
export async function deliverPush(steps: PushSteps, pushId: string, now: Date): Promise<Push> {
  const { ctx, deps, authorisations, get } = steps;
  const { tableName } = ctx;
  const add = (key: Record<string, string>, counts: Record<string, number>) => addTo(ctx, key, counts);
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await get(pushId);
    if (!current) throw pushNotFound();
    if (current.status !== 'approved') return current;
    const at = now.toISOString();
    const prefs = await deps.preferences.find(current.enterpriseOrgId);
    if (prefs?.unsubscribed) {
      const { reason, summary } = pushUndeliverableText(current, { kind: 'unsubscribed' });
      const done = await undeliverable(ctx, current, reason, summary, now);
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
      const { reason, summary } = pushUndeliverableText(current, {
        kind: 'lapsed',
        ...(standing.kind === 'lapsed' && { authorisation: standing.authorisation }),
      });
      const done = await undeliverable(ctx, current, reason, summary, now);
      if (done) return done;
      continue;
    }
    const next: Push = { ...current, status: 'delivered', deliveredAt: at, version: current.version + 1 };
    const year = chinaYear(now);
    const quotaKey = keys.quota(current.brokerOrgId, year);
    const common: TransactItem[] = [
      replacePush(ctx, current, next),
      add(keys.pushInbox(current.enterpriseOrgId), { unread: 1 }),
      auditPut(
        ctx,
        pushEvidence(current.brokerOrgId, 'system', now, 'push.delivered', pushDeliveredText(current)),
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
          summary: pushDeliveredEvidenceText(current),
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
  throw new StoreConflictError('stale_version', { subject: 'push' });
}
