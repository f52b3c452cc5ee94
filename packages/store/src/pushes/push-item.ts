import { type Authorisation, chinaYear, type Push, PushSchema } from '@openlicense/domain';
import type { AuditEntry } from '../audit/audit-entry.ts';
import type { AuthorisationRepository } from '../authorisations/authorisation-repository.ts';
import { addCounts, type TransactItem } from '../dynamo/write-atomically.ts';
import { StoreConflictError } from '../errors.ts';
import type { EvidenceRepository } from '../evidence/evidence-repository.ts';
import { keys, stripStorage } from '../keys.ts';
import type { MatchFeedbackRepository } from '../matches/match-feedback-repository.ts';
import type { ProposalRepository } from '../proposals/proposal-repository.ts';
import type { StoreContext } from '../store-context.ts';
import { newUlid } from './new-ulid.ts';
import type { PushPreferencesRepository } from './push-preferences-repository.ts';

/** The repositories a push's steps write beside. */
export interface PushDeps {
  proposals: ProposalRepository;
  preferences: PushPreferencesRepository;
  matchFeedback: MatchFeedbackRepository;
  /** The broker's hash-chained quota evidence: a counted delivery appends `push_delivered`. */
  evidence: EvidenceRepository;
}

/** What each step of a push (approve, deliver, read, answer) works with. */
export interface PushSteps {
  ctx: StoreContext;
  deps: PushDeps;
  authorisations: AuthorisationRepository;
  /** The push as stored now (strongly consistent). */
  get(id: string): Promise<Push | undefined>;
}

/** The push's item: its own key, the broker's yearly index, and the enterprise's inbox once delivered. */
export const pushItem = (push: Push) => ({
  ...keys.push(push.id),
  ...keys.pushByBroker(push.brokerOrgId, chinaYear(push.approvedAt), push.approvedAt, push.id),
  ...(push.deliveredAt ? keys.pushByEnterprise(push.enterpriseOrgId, push.deliveredAt, push.id) : {}),
  entity: 'Push',
  ...push,
});
export const parsePush = (raw: Record<string, unknown>) => PushSchema.parse(stripStorage(raw));

export const pushNotFound = () => new StoreConflictError('PUSH_NOT_FOUND');

/** Evidence of one step of a push, on `orgId`'s trail. */
export function pushEvidence(
  orgId: string,
  actorId: string,
  at: Date,
  action: string,
  summary: string,
): AuditEntry {
  return { id: newUlid(at), orgId, at: at.toISOString(), actorId, action, summary };
}

/** Replaces the push last read as `current` (optimistic locking on its version). */
export const replacePush = (ctx: StoreContext, current: Push, next: Push): TransactItem => ({
  Put: {
    TableName: ctx.tableName,
    Item: pushItem(next),
    ConditionExpression: 'version = :v',
    ExpressionAttributeValues: { ':v': current.version },
  },
});

/** Counters moved by a step (inbox, quota), each refused past the safe-integer ceiling. */
export const addTo = (ctx: StoreContext, key: Record<string, string>, counts: Record<string, number>) =>
  addCounts(ctx, key, counts);

/**
 * The transaction item that holds only while the authorisation is live on `today` (China date) for
 * `agentOrgId`: a revocation or its end written before the transaction refuses it.
 */
export function authorisationLive(
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
