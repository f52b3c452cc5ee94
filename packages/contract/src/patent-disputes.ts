import {
  type PatentDisputeClaimSchema,
  type PatentDisputeResolutionSchema,
  PatentDisputeSchema,
} from '@openlicense/domain/patent/patent-dispute';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** Patent ownership disputes (权属异议): what `/api/patent-disputes*` takes and sends; the IP office decides. */
export const PatentDisputePageSchema = pageOf(PatentDisputeSchema);
/** A claim filed with the IP office, and what the claimant is told. */
export const PatentDisputeFiledSchema = z.object({ dispute: PatentDisputeSchema, message: z.string() });

export type PatentDispute = z.output<typeof PatentDisputeSchema>;
export type PatentDisputeStatus = PatentDispute['status'];
export type PatentDisputeOutcome = NonNullable<PatentDispute['outcome']>;
export type PatentDisputeFiled = z.output<typeof PatentDisputeFiledSchema>;
export type PatentDisputeClaim = z.input<typeof PatentDisputeClaimSchema>;
export type PatentDisputeResolution = z.input<typeof PatentDisputeResolutionSchema>;
