import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

const ImportJobSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  ledger: z.enum(['patents', 'needs']),
  status: z.enum(IMPORT_JOB_STATUSES),
  filename: z.string(),
  /** Who uploaded it, as signed in then: the rows are written on their behalf. */
  principal: z.custom<{ userId: string }>(
    (value) => typeof value === 'object' && value !== null && 'userId' in value,
  ),
  /** Data rows read from the file (good and bad). */
  total: z.number().check(z.int()),
  /** Rows written or refused so far. */
  processed: z.number().check(z.int()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Why a failed job failed, as an API error body's `error`. */
  failure: z.optional(z.object({ code: z.string(), message: z.string() })),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

/** A job and its report are kept a week: long enough to come back for the report, short enough for TTL to tidy. */
const TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Spreadsheet import jobs (upload → queued → running → done | failed). Keyed by job and organisation
 * together, so a job is only found by the organisation that uploaded it.
 */
export function createImportJobRepository(ctx: StoreContext) {
  const { doc, tableName } = ctx;
  return {
    async create(job: ImportJob): Promise<void> {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.importJob(job.id, job.orgId),
            entity: 'ImportJob',
            ...job,
            expiresAt: Math.floor(Date.parse(job.createdAt) / 1000) + TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async get(jobId: string, orgId: string): Promise<ImportJob | undefined> {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.importJob(jobId, orgId), ConsistentRead: true }),
      );
      return Item ? ImportJobSchema.parse(stripStorage(Item)) : undefined;
    },

    /**
     * Moves a job on. `from` guards the step (a job is started once; a finished job is not reopened).
     * Returns false when the job was not in `from`.
     */
    async update(
      jobId: string,
      orgId: string,
      change: Partial<Pick<ImportJob, 'status' | 'total' | 'processed' | 'failure'>> & { updatedAt: string },
      from?: readonly ImportJobStatus[],
    ): Promise<boolean> {
      const entries = Object.entries(change).filter(([, value]) => value !== undefined);
      const names = Object.fromEntries(entries.map(([name], i) => [`#a${i}`, name]));
      const values: Record<string, unknown> = Object.fromEntries(
        entries.map(([, value], i) => [`:v${i}`, value]),
      );
      from?.forEach((status, i) => {
        values[`:from${i}`] = status;
      });
      if (from?.length) names['#status'] = 'status';
      const fromCondition = from?.length
        ? ` AND #status IN (${from.map((_, i) => `:from${i}`).join(', ')})`
        : '';
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.importJob(jobId, orgId),
            UpdateExpression: `SET ${entries.map((_, i) => `#a${i} = :v${i}`).join(', ')}`,
            ConditionExpression: `attribute_exists(pk)${fromCondition}`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
}
export type ImportJobRepository = ReturnType<typeof createImportJobRepository>;
