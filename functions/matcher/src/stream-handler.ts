import { type Metrics, streamLagSeconds } from '@openlicense/observability';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { type ChangeRecord, toChangeRecord } from './change-record.ts';

export interface StreamConsumer {
  name: string;
  /** Whether this consumer cares about the record (usually by entity tag). */
  wants(record: ChangeRecord): boolean;
  /** Must be idempotent: a record can be delivered more than once. */
  apply(record: ChangeRecord): Promise<void>;
}

export type Logger = (entry: Record<string, unknown>) => void;
const jsonLog: Logger = (entry) => console.log(JSON.stringify(entry));

/**
 * Feeds each record to the consumers that want it, in order. At the first failure it stops and
 * reports that record alone (partial batch response): the stream resumes from it, so records
 * of the same item are never applied out of order, and the ones before it are not redone.
 * With `metrics`, each record's age when it is read (`MatcherLagSeconds`: now − its
 * `ApproximateCreationDateTime`) is recorded; the caller publishes the metrics after the batch.
 */
export function createStreamHandler(
  consumers: StreamConsumer[],
  log: Logger = jsonLog,
  metrics?: Metrics,
  now: () => Date = () => new Date(),
) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const raw of event.Records) {
      const created = raw.dynamodb?.ApproximateCreationDateTime;
      if (metrics && created !== undefined) {
        metrics.addMetric('MatcherLagSeconds', 'Seconds', streamLagSeconds(created, now()));
      }
      const record = toChangeRecord(raw);
      try {
        for (const consumer of consumers) if (consumer.wants(record)) await consumer.apply(record);
      } catch (error) {
        log({ level: 'error', msg: 'stream record failed', eventId: record.eventId, error: String(error) });
        return { batchItemFailures: [{ itemIdentifier: record.sequenceNumber }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
