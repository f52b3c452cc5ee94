import {
  applyFeedback,
  chinaYear,
  type FeedbackAdjustments,
  type FeedbackKind,
  type Lead,
  type Push,
  pushFeedbackOwnText,
  pushFeedbackText,
  pushReadText,
} from '@openlicense/domain';
import { auditPut } from '../audit/audit-put.ts';
import { writeAtomicallyRetrying } from '../dynamo/retry.ts';
import type { TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import { keys } from '../keys.ts';
import { leadPuts } from '../leads/lead-repository.ts';
import { quotaAttribute } from '../quotas/quota-repository.ts';
import { newUlid } from './new-ulid.ts';
import { addTo, type PushSteps, pushEvidence, pushNotFound, replacePush } from './push-item.ts';

export interface FeedbackRequest {
  kind: FeedbackKind;
  comment?: string;
  /** IPC codes of the listing, for "wrong field"; defaults to the codes the match's IPC signal named. */
  listingIpc?: string[];
}

/**
 * The read receipt: a delivered push of `enterpriseOrgId` becomes `read` (counted in the broker's read
 * rate); reading again changes nothing. `PUSH_NOT_FOUND` for another enterprise's push.
 */
export async function markPushRead(
  steps: PushSteps,
  id: string,
  enterpriseOrgId: string,
  now: Date,
  actorId = 'system',
): Promise<Push> {
  const { ctx, get } = steps;
  const add = (key: Record<string, string>, counts: Record<string, number>) => addTo(ctx, key, counts);
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await get(id);
    if (!current || current.enterpriseOrgId !== enterpriseOrgId) throw pushNotFound();
    if (current.status === 'read' || current.status === 'answered') return current;
    if (current.status !== 'delivered') throw new StoreConflictError('PUSH_NOT_DELIVERED');
    const next: Push = {
      ...current,
      status: 'read',
      readAt: now.toISOString(),
      version: current.version + 1,
    };
    const failed = await writeAtomicallyRetrying(ctx, [
      replacePush(ctx, current, next),
      add(keys.quota(current.brokerOrgId, chinaYear(current.deliveredAt ?? now)), {
        [quotaAttribute.reads]: 1,
      }),
      add(keys.pushInbox(enterpriseOrgId), { unread: -1 }),
      auditPut(ctx, pushEvidence(current.brokerOrgId, actorId, now, 'push.read', pushReadText(current))),
    ]);
    if (failed === undefined) return next;
  }
  throw new StoreConflictError('stale_version', { subject: 'push' });
}

/**
 * The enterprise's answer, once: the push becomes `answered` (and read, if it was not); "wrong field" and
 * "already known" update the enterprise's match adjustments; "interested" creates a lead linked to the
 * broker and the enterprise. Evidence goes on both trails. `PUSH_ALREADY_ANSWERED` on a second answer.
 */
export async function answerPush(
  steps: PushSteps,
  id: string,
  enterpriseOrgId: string,
  feedback: FeedbackRequest,
  actorId: string,
  now: Date,
): Promise<Push> {
  const { ctx, deps, get } = steps;
  const { tableName } = ctx;
  const add = (key: Record<string, string>, counts: Record<string, number>) => addTo(ctx, key, counts);
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await get(id);
    if (!current || current.enterpriseOrgId !== enterpriseOrgId) throw pushNotFound();
    if (current.status === 'answered')
      throw new StoreConflictError('PUSH_ALREADY_ANSWERED', {
        feedback: current.feedback?.kind ?? 'relevant',
      });
    if (current.status !== 'delivered' && current.status !== 'read')
      throw new StoreConflictError('PUSH_NOT_DELIVERED');
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
    const items: TransactItem[] = [
      replacePush(ctx, current, next),
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
        pushEvidence(
          current.brokerOrgId,
          actorId,
          now,
          'push.feedback',
          pushFeedbackText(current, feedback.kind),
        ),
      ),
      auditPut(
        ctx,
        pushEvidence(
          enterpriseOrgId,
          actorId,
          now,
          'push.feedback',
          pushFeedbackOwnText(current, feedback.kind),
        ),
      ),
    ];
    const failed = await writeAtomicallyRetrying(ctx, items);
    if (failed === undefined) return next;
    // The push or the adjustments changed meanwhile: read them again.
  }
  throw new StoreConflictError('stale_version', { subject: 'push' });
}
