import {
  type ConversionAnswerInputSchema,
  ConversionAnswerSchema,
  type ConversionNeedInputSchema,
  ConversionNeedSchema,
} from '@openlicense/domain/conversion-need/conversion-need';
import { DealSchema } from '@openlicense/domain/deal/deal-record';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/**
 * Universities' conversion needs (成果转化需求): what `/api/conversion-needs*` takes and sends. The answers a
 * caller reads are its own (an enterprise) or all (the posting university); others see only the count.
 */
export const ConversionNeedPageSchema = pageOf(ConversionNeedSchema);
export const ConversionNeedViewSchema = z.object({
  need: ConversionNeedSchema,
  answers: z.array(ConversionAnswerSchema),
  answeredByMe: z.boolean(),
});
/** An enterprise's answer and the deal lead it opened with the university. */
export const ConversionAnswerResultSchema = z.object({ answer: ConversionAnswerSchema, deal: DealSchema });

export type ConversionNeed = z.output<typeof ConversionNeedSchema>;
export type ConversionNeedKind = ConversionNeed['kind'];
export type ConversionNeedStatus = ConversionNeed['status'];
export type ConversionAnswer = z.output<typeof ConversionAnswerSchema>;
export type ConversionNeedPage = z.output<typeof ConversionNeedPageSchema>;
export type ConversionNeedView = z.output<typeof ConversionNeedViewSchema>;
export type ConversionAnswerResult = z.output<typeof ConversionAnswerResultSchema>;
export type ConversionNeedPost = z.input<typeof ConversionNeedInputSchema>;
export type ConversionAnswerPost = z.input<typeof ConversionAnswerInputSchema>;
