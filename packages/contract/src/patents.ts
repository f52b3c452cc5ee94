import { type PatentInputSchema, PatentSchema } from '@openlicense/domain/patent/patent';
import type * as z from 'zod';
import { pageOf } from './page.ts';

/** The patent ledger (专利台账): what `/api/patents*` takes and sends. The shapes are the domain's own. */
export const PatentPageSchema = pageOf(PatentSchema);

export type Patent = z.output<typeof PatentSchema>;
/** What a user submits for the ledger; the number is canonical on the way back (`201710601862.3`). */
export type PatentInput = z.input<typeof PatentInputSchema>;
export type PatentType = Patent['type'];
export type Patentee = Patent['patentees'][number];
export type PatentLegalStatus = Patent['legal'];
export type AnnualFeeStatus = PatentLegalStatus['annualFee'];
export type ExclusiveLicenceKind = NonNullable<PatentLegalStatus['exclusiveLicence']>['kind'];
export type EvaluationConclusion = NonNullable<Patent['evaluationReport']>['conclusion'];
