import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type FeedbackAdjustments, FeedbackAdjustmentsSchema } from '@openlicense/domain';
import * as z from 'zod/mini';
import { keys } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** The stored item: the adjustments and the version the feedback transaction moves. */
const StoredSchema = z.extend(FeedbackAdjustmentsSchema, {
  version: z.number().check(z.int(), z.positive()),
});

export interface StoredAdjustments {
  adjustments: FeedbackAdjustments;
  /** 0 while nothing is stored. */
  version: number;
}

/** What an enterprise's push feedback taught the matcher; written in the feedback transaction (pushes.answer). */
export function createMatchFeedbackRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;

  return {
    async getVersioned(enterpriseOrgId: string): Promise<StoredAdjustments> {
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.matchFeedback(enterpriseOrgId),
          ConsistentRead: true,
        }),
      );
      if (!Item) return { adjustments: { penalisedIpc: {}, excludedListings: [] }, version: 0 };
      const { version, ...adjustments } = StoredSchema.parse(Item);
      return { adjustments, version };
    },

    /** The enterprise's adjustments (none yet: nothing penalised, nothing excluded). */
    async get(enterpriseOrgId: string): Promise<FeedbackAdjustments> {
      return (await this.getVersioned(enterpriseOrgId)).adjustments;
    },
  };
}
export type MatchFeedbackRepository = ReturnType<typeof createMatchFeedbackRepository>;
