import { MatchRecordSchema } from '@openlicense/domain/push/match-record';
import * as z from 'zod/mini';

/** One stored match of a need and a listing (or bundle), as `/api/needs/{id}/matches` and `/api/listings/{id}/matches` send it. */
export const MatchViewSchema = z.extend(MatchRecordSchema, {
  pushed: z
    .boolean()
    .check(z.describe('期限内已推送给该企业 / pushed to the enterprise within the dedupe window')),
});
/** The matches of a need or a listing, best first. */
export const MatchListSchema = z.object({ items: z.array(MatchViewSchema) });

export type MatchView = z.output<typeof MatchViewSchema>;
export type MatchList = z.output<typeof MatchListSchema>;
