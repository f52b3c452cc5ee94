import * as z from 'zod/mini';
import { OrgTypeSchema } from '../organisation/org-types.ts';
import { IsoDateSchema } from '../patent/iso-date.ts';
import { FenSchema } from '../validation/money.ts';
import { PatentNumberSchema } from '../validation/patent-number.ts';
import { cleanTextFields } from '../validation/text.ts';
import {
  type DealKind,
  DealKindSchema,
  type DealStage,
  DealStageSchema,
  DeclineReasonSchema,
} from './deal.ts';
import { DealConfirmationSchema } from './deal-confirmation.ts';

/** A deal names at most this many patents (each may need a condition in the signing transaction). */
export const DEAL_MAX_PATENTS = 50;
export const DEAL_MAX_SUPPLIERS = 10;

/** Where a deal came from: a push the enterprise was interested in (its lead), an event, or neither. */
export const DealSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('push'),
      leadId: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    }),
    z.object({
      kind: z.literal('event'),
      eventId: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    }),
    z.object({ kind: z.literal('direct') }),
  ],
  {
    error:
      '来源应为 push（推送线索）、event（对接活动）或 direct / source.kind must be push, event or direct',
  },
);
export type DealSource = z.infer<typeof DealSourceSchema>;

const OrgIdSchema = z
  .string()
  .check(z.trim(), z.minLength(1, '机构编号不能为空 / orgId must not be empty'), z.maxLength(60));

/** The stages a deal may be entered in: what happened before it was recorded here. */
export const DEAL_START_STAGES = ['lead', 'contacted', 'negotiating'] as const;

/**
 * A negotiated deal as a party or the broker records it. Suppliers default to the holders of the patents;
 * with a push lead, the lead's listing, enterprise and broker fill what is left out.
 */
export const DealInputSchema = z
  .object({
    kind: DealKindSchema,
    supplierOrgIds: z.optional(
      z.pipe(
        z
          .array(OrgIdSchema)
          .check(
            z.minLength(1, '请至少填写一个供方 / supplierOrgIds must not be empty'),
            z.maxLength(
              DEAL_MAX_SUPPLIERS,
              `供方最多 ${DEAL_MAX_SUPPLIERS} 个 / at most ${DEAL_MAX_SUPPLIERS} suppliers`,
            ),
          ),
        z.transform((ids) => [...new Set(ids)]),
      ),
    ),
    acquirerOrgId: z.optional(OrgIdSchema),
    patentNumbers: z.optional(
      z.pipe(
        z
          .array(PatentNumberSchema)
          .check(
            z.minLength(1, '请至少填写一件专利 / patentNumbers must not be empty'),
            z.maxLength(
              DEAL_MAX_PATENTS,
              `一笔交易最多 ${DEAL_MAX_PATENTS} 件专利 / at most ${DEAL_MAX_PATENTS} patents`,
            ),
          ),
        z.transform((numbers) => [...new Set(numbers)]),
      ),
    ),
    bundleId: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
    brokerOrgId: z.optional(OrgIdSchema),
    amountFen: z.optional(FenSchema),
    /** The last day of an exclusive or sole licence (ignored for other kinds); needed to sign one. */
    licenceEnd: z.optional(IsoDateSchema),
    stage: z._default(
      z.enum(DEAL_START_STAGES, {
        error: '起始阶段应为线索、已联系或洽谈中 / stage must be lead, contacted or negotiating',
      }),
      'lead',
    ),
    source: z._default(DealSourceSchema, { kind: 'direct' }),
    note: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(1000, '备注不能超过 1000 个字 / note must have at most 1000 characters'),
        ),
    ),
  })
  .check(
    z.refine((input) => !(input.patentNumbers && input.bundleId), {
      path: ['bundleId'],
      message: '请填写专利号或专利包，二选一 / give patentNumbers or bundleId, not both',
    }),
    z.superRefine(cleanTextFields({ multiline: ['note'] })),
  );
export type DealInput = z.infer<typeof DealInputSchema>;

export const DealPartySchema = z.object({
  orgId: z.string().check(z.minLength(1)),
  name: z.string(),
  type: OrgTypeSchema,
});
export type DealParty = z.infer<typeof DealPartySchema>;

export const DealPatentSchema = z.object({ number: z.string(), title: z.string(), holderOrgId: z.string() });

/** One move of the pipeline, as the deal's history keeps it. */
export const DealStepSchema = z.object({
  stage: DealStageSchema,
  at: z.string(),
  by: z.string(),
  byOrgId: z.string(),
  amountFen: z.optional(FenSchema),
  note: z.optional(z.string()),
});
export type DealStep = z.infer<typeof DealStepSchema>;

/** A negotiated deal as stored and read. */
export const DealSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: DealKindSchema,
  stage: DealStageSchema,
  suppliers: z.array(DealPartySchema).check(z.minLength(1)),
  acquirer: DealPartySchema,
  broker: z.optional(DealPartySchema),
  /** Every organisation that sees the deal: suppliers, acquirer, broker. */
  partyOrgIds: z.array(z.string()),
  patents: z.array(DealPatentSchema).check(z.minLength(1)),
  bundleId: z.optional(z.string()),
  listingId: z.optional(z.string()),
  amountFen: z.optional(FenSchema),
  /** The last day of an exclusive or sole licence: the patent's ledger record carries it once signed. */
  licenceEnd: z.optional(IsoDateSchema),
  source: z.union([
    z.object({ kind: z.literal('push'), leadId: z.string(), pushId: z.optional(z.string()) }),
    z.object({ kind: z.literal('event'), eventId: z.string(), eventTitle: z.optional(z.string()) }),
    z.object({ kind: z.literal('direct') }),
    /** An enterprise answered a university's conversion need (成果转化需求): no broker, the two parties only. */
    z.object({ kind: z.literal('conversion_need'), conversionNeedId: z.string() }),
  ]),
  note: z.optional(z.string()),
  decline: z.optional(DeclineReasonSchema),
  history: z.array(DealStepSchema),
  /** Each party's answer (confirmed or disputed): a deal counts for an organisation once it confirmed. */
  confirmations: z._default(z.array(DealConfirmationSchema), []),
  signedAt: z.optional(z.string()),
  filingNumber: z.optional(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByOrgId: z.string(),
  updatedAt: z.string(),
  version: z.int().check(z.positive()),
});
export type Deal = z.infer<typeof DealSchema>;

export const DealMoveInputSchema = z
  .object({
    to: DealStageSchema,
    version: z
      .int({ error: '请提供版本号 / version is required' })
      .check(z.gte(1, '版本号无效 / version is not valid')),
    amountFen: z.optional(FenSchema),
    /** The last day of an exclusive or sole licence: required to sign one (if not given when recorded). */
    licenceEnd: z.optional(IsoDateSchema),
    decline: z.optional(DeclineReasonSchema),
    /** The filing (备案) or registration (登记) number, when moving to filed. */
    filingNumber: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
    note: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(1000, '备注不能超过 1000 个字 / note must have at most 1000 characters'),
        ),
    ),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['note'] })));
export type DealMoveInput = z.infer<typeof DealMoveInputSchema>;

/** Kinds that count toward intake and conversion targets (joint development counts for nobody). */
const COUNTED_KINDS: readonly DealKind[] = [
  'ordinary_license',
  'exclusive_license',
  'sole_license',
  'transfer',
  'equity',
];
/** Kinds an agency's or park's brokering target counts (licences and transfers, 许可/转让). */
const BROKERED_KINDS: readonly DealKind[] = [
  'ordinary_license',
  'exclusive_license',
  'sole_license',
  'transfer',
];

/** What one organisation's yearly counters gain when a deal is signed. */
export interface DealCount {
  orgId: string;
  role: 'acquirer' | 'supplier' | 'broker';
  counts: Record<string, number>;
  amountFen: number;
}

/** `amount` split evenly over `n` shares, the remainder to the first. */
export function splitFen(amount: number, n: number): number[] {
  const share = Math.floor(amount / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? amount - share * (n - 1) : share));
}

/**
 * Who counts what when `deal` is signed for `amountFen`: the acquiring enterprise's intake (count 1, the
 * amount); each university supplier's conversion (count 1, its even share, the remainder to the first
 * supplier); the broker's brokered deal when a university licenses or transfers to an enterprise. Joint
 * development counts for nobody. Counter names are the store's quota attributes.
 */
export function dealCounts(
  deal: Pick<Deal, 'kind' | 'suppliers' | 'acquirer' | 'broker'>,
  amountFen: number,
): DealCount[] {
  if (!COUNTED_KINDS.includes(deal.kind)) return [];
  const counts: DealCount[] = [];
  if (deal.acquirer.type === 'enterprise')
    counts.push({
      orgId: deal.acquirer.orgId,
      role: 'acquirer',
      counts: { intakeCount: 1, intakeFen: amountFen },
      amountFen,
    });
  const shares = splitFen(amountFen, deal.suppliers.length);
  deal.suppliers.forEach((supplier, i) => {
    if (supplier.type !== 'university') return;
    const share = shares[i] ?? 0;
    counts.push({
      orgId: supplier.orgId,
      role: 'supplier',
      counts: { conversionCount: 1, conversionFen: share },
      amountFen: share,
    });
  });
  const universityToEnterprise =
    deal.suppliers.some((s) => s.type === 'university') && deal.acquirer.type === 'enterprise';
  if (deal.broker && universityToEnterprise && BROKERED_KINDS.includes(deal.kind))
    counts.push({
      orgId: deal.broker.orgId,
      role: 'broker',
      counts: { brokeredCount: 1, brokeredFen: amountFen },
      amountFen,
    });
  // One organisation in two roles (a university brokering its own licence) keeps each count once per role.
  return counts;
}

/** What signing or a confirmation counts for the organisations in `orgIds` only. */
export const dealCountsFor = (
  deal: Pick<Deal, 'kind' | 'suppliers' | 'acquirer' | 'broker'>,
  amountFen: number,
  orgIds: readonly string[],
): DealCount[] => dealCounts(deal, amountFen).filter((count) => orgIds.includes(count.orgId));

/** Stages in which a deal is still open: its parties may move it on. */
export const isDealOpen = (stage: DealStage) => stage !== 'implemented' && stage !== 'declined';
