import { DeclarationStatusSchema } from '@openlicense/domain/declaration/declaration';
import { type PatentInputSchema, PatentSchema } from '@openlicense/domain/patent/patent';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** The patent ledger (专利台账): what `/api/patents*` takes and sends. The shapes are the domain's own. */
/** The declaration a ledger row shows beside its patent: the live one, else the newest draft, else the newest ended. */
export const PatentDeclarationStateSchema = z.object({ id: z.string(), status: DeclarationStatusSchema });

/** A ledger page, with each listed patent's declaration state by patent number (absent: never declared). */
export const PatentPageSchema = z.extend(pageOf(PatentSchema), {
  declarations: z
    .optional(z.record(z.string(), PatentDeclarationStateSchema))
    .check(
      z.describe('各专利的开放许可声明状态（按专利号）/ each patent’s declaration state, by patent number'),
    ),
});

export type Patent = z.output<typeof PatentSchema>;
export type PatentDeclarationState = z.output<typeof PatentDeclarationStateSchema>;
export type PatentPage = z.output<typeof PatentPageSchema>;
/** What a user submits for the ledger; the number is canonical on the way back (`201710601862.3`). */
export type PatentInput = z.input<typeof PatentInputSchema>;
export type PatentType = Patent['type'];
export type Patentee = Patent['patentees'][number];
export type PatentLegalStatus = Patent['legal'];
export type AnnualFeeStatus = PatentLegalStatus['annualFee'];
export type ExclusiveLicenceKind = NonNullable<PatentLegalStatus['exclusiveLicence']>['kind'];
export type EvaluationConclusion = NonNullable<Patent['evaluationReport']>['conclusion'];
