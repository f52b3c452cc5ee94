import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import { FenSchema } from '../validation/money.ts';
import { cleanTextFields } from '../validation/text.ts';
import { DEAL_STAGE_LABELS, type DealStage } from './deal.ts';

/**
 * Confirmation before credit: a deal moves an organisation's yearly counters (and writes its `deal_signed`
 * evidence) only once that organisation has confirmed its own part — the supplier its patents and amount,
 * the acquirer its intake, the broker its role. Recording or signing by one party credits nobody else.
 */
export const DEAL_ROLES = ['supplier', 'acquirer', 'broker'] as const;
export const DealRoleSchema = z.enum(DEAL_ROLES);
export type DealRole = z.infer<typeof DealRoleSchema>;

export const DEAL_ROLE_LABELS: Readonly<Record<DealRole, string>> = {
  supplier: '供方',
  acquirer: '受让方/被许可方',
  broker: '服务机构',
};

export const DEAL_CONFIRMATION_STATUSES = ['confirmed', 'disputed'] as const;
export type DealConfirmationStatus = (typeof DEAL_CONFIRMATION_STATUSES)[number];

/** One organisation's answer to a deal: what it confirmed (amount, patents) or why it disputes it. */
export const DealConfirmationSchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  roles: z.array(DealRoleSchema).check(z.minLength(1)),
  status: z.enum(DEAL_CONFIRMATION_STATUSES),
  at: z.string(),
  by: z.string(),
  /** The amount and patents as they stood when it answered: a change afterwards resets the answer. */
  amountFen: z.optional(FenSchema),
  patentNumbers: z.array(z.string()),
  reason: z.optional(z.string()),
  /** When its counters moved (once): in its own confirmation, or at signing if it confirmed before. */
  countedAt: z.optional(z.string()),
});
export type DealConfirmation = z.infer<typeof DealConfirmationSchema>;

export const DealConfirmInputSchema = z.object({
  version: z
    .int({ error: '请提供版本号 / version is required' })
    .check(z.gte(1, '版本号无效 / version is not valid')),
});
export type DealConfirmInput = z.infer<typeof DealConfirmInputSchema>;

export const DealDisputeInputSchema = z
  .object({
    version: z
      .int({ error: '请提供版本号 / version is required' })
      .check(z.gte(1, '版本号无效 / version is not valid')),
    reason: z
      .string({ error: '请说明拒绝的理由 / reason is required' })
      .check(
        z.trim(),
        z.minLength(1, '请说明拒绝的理由 / reason is required'),
        z.maxLength(500, '理由不能超过 500 个字 / reason must have at most 500 characters'),
      ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['reason'] })));
export type DealDisputeInput = z.infer<typeof DealDisputeInputSchema>;

interface DealParties {
  suppliers: readonly { orgId: string }[];
  acquirer: { orgId: string };
  broker?: { orgId: string } | undefined;
}

/** The roles `orgId` holds in a deal (none when it is not a party). */
export function dealRolesOf(deal: DealParties, orgId: string): DealRole[] {
  const roles: DealRole[] = [];
  if (deal.suppliers.some((s) => s.orgId === orgId)) roles.push('supplier');
  if (deal.acquirer.orgId === orgId) roles.push('acquirer');
  if (deal.broker?.orgId === orgId) roles.push('broker');
  return roles;
}

/**
 * Who may record each step of the pipeline. Contact, negotiation and 未成交 are anyone's; signing and filing
 * (备案/登记) are the contract's parties' (supplier or acquirer, not the broker); implementation is the
 * acquirer's, who implements the patent.
 */
export const DEAL_STEP_RECORDERS: Readonly<Record<DealStage, readonly DealRole[]>> = {
  lead: ['supplier', 'acquirer', 'broker'],
  contacted: ['supplier', 'acquirer', 'broker'],
  negotiating: ['supplier', 'acquirer', 'broker'],
  signed: ['supplier', 'acquirer'],
  filed: ['supplier', 'acquirer'],
  implemented: ['acquirer'],
  declined: ['supplier', 'acquirer', 'broker'],
};

const rolesText = (roles: readonly DealRole[]) => roles.map((r) => DEAL_ROLE_LABELS[r]).join('或');

/** Whether an organisation holding `roles` may record the move to `to`. */
export const mayRecordStep = (roles: readonly DealRole[], to: DealStage): boolean =>
  roles.some((role) => DEAL_STEP_RECORDERS[to].includes(role));

/** Refuses (403 `step_not_allowed`, naming who may) a step the caller's organisation may not record. */
export function assertMayRecordStep(deal: DealParties, orgId: string, to: DealStage): void {
  if (mayRecordStep(dealRolesOf(deal, orgId), to)) return;
  const who = rolesText(DEAL_STEP_RECORDERS[to]);
  throw new DomainError(
    'step_not_allowed',
    `“${DEAL_STAGE_LABELS[to]}”只能由${who}登记 / only the ${DEAL_STEP_RECORDERS[to].join(' or ')} may record ${to}`,
    403,
    { allowed: [...DEAL_STEP_RECORDERS[to]] },
  );
}

/** Stages in which a party may answer a deal: once terms are negotiated, and after signing. */
export const DEAL_CONFIRMABLE_STAGES: readonly DealStage[] = [
  'negotiating',
  'signed',
  'filed',
  'implemented',
];

interface Answerable extends DealParties {
  stage: DealStage;
  amountFen?: number | undefined;
  confirmations: readonly DealConfirmation[];
}

/** The organisation's answer, if it gave one. */
export const confirmationOf = (
  deal: Pick<Answerable, 'confirmations'>,
  orgId: string,
): DealConfirmation | undefined => deal.confirmations.find((c) => c.orgId === orgId);

/**
 * Refuses an answer from a non-party (403), at a stage with nothing to confirm (409 `not_confirmable`), or
 * before the amount is known (409). A counted confirmation cannot be disputed afterwards (409).
 */
export function assertMayAnswer(deal: Answerable, orgId: string, answer: DealConfirmationStatus): DealRole[] {
  const roles = dealRolesOf(deal, orgId);
  if (roles.length === 0)
    throw new DomainError(
      'not_a_party',
      '只有交易的供方、受让方或服务机构可以确认 / only a party or the broker may confirm a deal',
      403,
    );
  if (!DEAL_CONFIRMABLE_STAGES.includes(deal.stage))
    throw new DomainError(
      'not_confirmable',
      `交易处于“${DEAL_STAGE_LABELS[deal.stage]}”，洽谈中或签约后方可确认 / a deal is confirmed from negotiating on (it is ${deal.stage})`,
      409,
    );
  if (deal.amountFen === undefined)
    throw new DomainError(
      'not_confirmable',
      '交易尚未填写成交金额，无可确认 / the deal has no amount to confirm yet',
      409,
    );
  const own = confirmationOf(deal, orgId);
  if (answer === 'disputed' && own?.countedAt)
    throw new DomainError(
      'already_confirmed',
      '本单位已确认并计入考核，不能再拒绝 / your organisation confirmed and it counted: it cannot be disputed now',
      409,
    );
  return roles;
}

/** Whether `orgId`'s confirmation stands for the deal as it is (same amount and patents) and is confirmed. */
export function isConfirmedBy(
  deal: Pick<Answerable, 'confirmations' | 'amountFen'> & { patents: readonly { number: string }[] },
  orgId: string,
): boolean {
  const own = confirmationOf(deal, orgId);
  const numbers = deal.patents.map((p) => p.number);
  return (
    own?.status === 'confirmed' &&
    own.amountFen === deal.amountFen &&
    own.patentNumbers.length === numbers.length &&
    own.patentNumbers.every((n, i) => numbers[i] === n)
  );
}

/**
 * The answers that still stand after the amount or the patents change from `before` to `after`: none of
 * the uncounted ones (each party answers the new terms again); counted ones stay (their counters moved).
 */
export function confirmationsAfterChange(
  confirmations: readonly DealConfirmation[],
  before: { amountFen?: number | undefined; patentNumbers: readonly string[] },
  after: { amountFen?: number | undefined; patentNumbers: readonly string[] },
): DealConfirmation[] {
  const same =
    before.amountFen === after.amountFen &&
    before.patentNumbers.length === after.patentNumbers.length &&
    before.patentNumbers.every((n, i) => after.patentNumbers[i] === n);
  return same ? [...confirmations] : confirmations.filter((c) => c.countedAt !== undefined);
}

/** A signed deal's standing for one party: counted (confirmed), waiting for it, or disputed by it. */
export type DealPartyStanding = 'confirmed' | 'unconfirmed' | 'disputed';

export const DEAL_STANDING_LABELS: Readonly<Record<DealPartyStanding, string>> = {
  confirmed: '已确认',
  unconfirmed: '待确认',
  disputed: '有异议',
};

/** How `orgId` stands on a deal: confirmed, still to confirm, or disputing. */
export function dealStanding(deal: Pick<Answerable, 'confirmations'>, orgId: string): DealPartyStanding {
  const own = confirmationOf(deal, orgId);
  if (!own) return 'unconfirmed';
  return own.status === 'confirmed' ? 'confirmed' : 'disputed';
}

/**
 * Whether a deal waits for `orgId` (its "待我确认" list): signed (or filed, implemented) and not yet counted
 * for it. A deal before signing waits for nobody; a 未成交 one is closed.
 */
export function dealWaitsFor(
  deal: Pick<Answerable, 'confirmations' | 'stage'> & DealParties & { signedAt?: string | undefined },
  orgId: string,
): Exclude<DealPartyStanding, 'confirmed'> | undefined {
  if (!deal.signedAt || deal.stage === 'declined' || dealRolesOf(deal, orgId).length === 0) return undefined;
  const own = confirmationOf(deal, orgId);
  if (own?.countedAt) return undefined;
  return own?.status === 'disputed' ? 'disputed' : 'unconfirmed';
}
