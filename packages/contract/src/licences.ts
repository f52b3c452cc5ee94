import type { AcceptanceRequestSchema, PaymentSchema } from '@openlicense/domain/licence/acceptance';
import { NotificationSchema } from '@openlicense/domain/licence/notification';
import { OpenLicenceSchema } from '@openlicense/domain/licence/open-licence';
import {
  type RoyaltyReportInputSchema,
  RoyaltyReportRecordSchema,
} from '@openlicense/domain/licence/royalty-report';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** Open licences (开放许可, Patent Law Art 51): what `/api/licenses*` and the take routes take and send. */
export const LicenceViewSchema = z.extend(OpenLicenceSchema, {
  filingState: z.optional(z.enum(['filed', 'due', 'due_soon', 'urgent', 'overdue'])),
  dueNowFen: z
    .int()
    .check(z.describe('现在登记付款应付的金额（分）/ what a payment recorded now must amount to, in fen')),
  nextInstalment: z.optional(z.object({ number: z.int(), amountFen: z.int(), dueOn: z.string() })),
});
export const LicencePageSchema = pageOf(LicenceViewSchema);
export const LicenceListSchema = z.object({ items: z.array(LicenceViewSchema) });
export const NoticeSchema = z.object({
  licenceId: z.string(),
  status: z.string(),
  title: z.string(),
  addressees: z.string(),
  sections: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })),
  signature: z.object({ party: z.string(), contact: z.string(), date: z.string() }),
});
export const ReportResultSchema = z.object({ licence: LicenceViewSchema, report: RoyaltyReportRecordSchema });
export const NotificationPageSchema = pageOf(NotificationSchema);

export type LicenceView = z.output<typeof LicenceViewSchema>;
export type WrittenNotice = z.output<typeof NoticeSchema>;
export type Notification = z.output<typeof NotificationSchema>;
export type Payment = z.input<typeof PaymentSchema>;
export type AcceptanceRequest = z.input<typeof AcceptanceRequestSchema>;
export type RoyaltyReportInput = z.input<typeof RoyaltyReportInputSchema>;
export type RoyaltyReport = z.output<typeof RoyaltyReportRecordSchema>;
