import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

const JobRunSchema = z.object({
  job: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  outcome: z.string(),
});
export type JobRun = z.infer<typeof JobRunSchema>;

/** The last run of each scheduled job, so operators (and tests) can see the schedule firing. */
export function createJobRunRepository(ctx: StoreContext) {
  return {
    async record(run: JobRun) {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tableName,
          Item: { ...keys.job(run.job), entity: 'JobRun', ...run },
        }),
      );
    },
    async last(job: string): Promise<JobRun | undefined> {
      const { Item } = await ctx.doc.send(new GetCommand({ TableName: ctx.tableName, Key: keys.job(job) }));
      return Item ? JobRunSchema.parse(stripStorage(Item)) : undefined;
    },
  };
}
export type JobRunRepository = ReturnType<typeof createJobRunRepository>;
