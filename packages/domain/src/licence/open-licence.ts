import * as z from 'zod/mini';
import { LicencePeriodSchema } from '../declaration/licence-period.ts';
import { RoyaltySchema } from '../declaration/royalty.ts';
import { ContactSchema } from '../organisation/organisation.ts';
import { IsoDateSchema } from '../patent/iso-date.ts';
import { FenSchema } from '../validation/money.ts';
import { PaymentSchema } from './acceptance.ts';
import { LicenceReceiptSchema } from './licence-receipt.ts';
import { RoyaltyReportRecordSchema } from './royalty-report.ts';

/** notice_sent → effective (paid) → filed (≤ 3 months) → ended; a dispute can be raised meanwhile. */
export const OPEN_LICENCE_STATUSES = ['notice_sent', 'effective', 'filed', 'ended', 'dispute'] as const;
export const OpenLicenceStatusSchema = z.enum(OPEN_LICENCE_STATUSES);
export type OpenLicenceStatus = z.infer<typeof OpenLicenceStatusSchema>;

export const OPEN_LICENCE_STATUS_LABELS: Readonly<Record<OpenLicenceStatus, string>> = {
  notice_sent: '已发出书面通知',
  effective: '已生效',
  filed: '已备案',
  ended: '已终止',
  dispute: '有纠纷',
};

export const PartySchema = z.object({ orgId: z.string(), name: z.string() });
export type Party = z.infer<typeof PartySchema>;

/**
 * An open licence taken under Patent Law Art 51: the declared terms copied at the moment of the notice
 * (every licensee gets the same), the parties, the payments and the filing.
 */
export const OpenLicenceSchema = z.object({
  id: z.string(),
  offer: z.object({
    kind: z.enum(['listing', 'bundle']),
    id: z.string(),
    title: z.string(),
    declarationIds: z.array(z.string()).check(z.minLength(1)),
    patentNumbers: z.array(z.string()).check(z.minLength(1)),
  }),
  licensors: z.array(PartySchema).check(z.minLength(1)),
  licensee: PartySchema,
  contact: ContactSchema,
  terms: z.object({
    royalty: RoyaltySchema,
    period: LicencePeriodSchema,
    scope: z.string(),
    territory: z.string(),
  }),
  startDate: IsoDateSchema,
  noticeDate: IsoDateSchema,
  status: OpenLicenceStatusSchema,
  dueOnAcceptanceFen: FenSchema,
  payments: z.array(PaymentSchema),
  effectiveDate: z.optional(IsoDateSchema),
  filing: z.optional(
    z.object({
      deadline: IsoDateSchema,
      remindersSent: z.array(z.int()),
      filedOn: z.optional(IsoDateSchema),
      filingNumber: z.optional(z.string()),
    }),
  ),
  royaltyReports: z.array(RoyaltyReportRecordSchema),
  /** The push or event the licence came from, for the broker's quota. */
  brokerOrgId: z.optional(z.string()),
  brokerName: z.optional(z.string()),
  source: z.optional(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('push'), pushId: z.string() }),
      z.object({ kind: z.literal('event'), eventId: z.string() }),
    ]),
  ),
  /** The licensee's estimate of the whole licence's cost from its expected volumes (calculator), in fen. */
  estimatedTotalFen: z.optional(FenSchema),
  /** What each step counts for the licensors (and the broker), waiting for the licensors' confirmation. */
  receipts: z._default(z.array(LicenceReceiptSchema), []),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int().check(z.positive()),
});
export type OpenLicence = z.infer<typeof OpenLicenceSchema>;
