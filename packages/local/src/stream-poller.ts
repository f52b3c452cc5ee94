import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

export interface StreamPollerOptions {
  endpoint: string;
  streamArn: string;
  handler: StreamHandler;
  pollMs?: number;
  batchSize?: number;
  /** Deliveries of a failing record before it is skipped (Lambda: retry attempts, then the DLQ). */
  maxAttempts?: number;
  onError?: (error: unknown) => void;
}

interface ShardState {
  iterator?: string;
  /** Where to resume: after the last record the handler accepted. */
  checkpoint?: string;
  attempts: number;
  closed: boolean;
}

/**
 * Does locally what Lambda's event source mapping does in AWS: reads every shard of a DynamoDB
 * stream and hands records to the same handler in batches, honouring partial batch responses
 * (a reported failure is redelivered, from that record on, up to `maxAttempts`).
 */
export function createStreamPoller(options: StreamPollerOptions) {
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const shards = new Map<string, ShardState>();
  const maxAttempts = options.maxAttempts ?? 3;
  const batchSize = options.batchSize ?? 100;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function discoverShards() {
    let start: string | undefined;
    do {
      const { StreamDescription } = await client.send(
        new DescribeStreamCommand({ StreamArn: options.streamArn, ExclusiveStartShardId: start }),
      );
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !shards.has(shard.ShardId))
          shards.set(shard.ShardId, { attempts: 0, closed: false });
      }
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  async function iteratorFor(shardId: string, state: ShardState): Promise<string | undefined> {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: shardId,
        ...(state.checkpoint
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.checkpoint }
          : { ShardIteratorType: 'TRIM_HORIZON' }),
      }),
    );
    return ShardIterator;
  }

  async function pollShard(shardId: string, state: ShardState) {
    state.iterator ??= await iteratorFor(shardId, state);
    if (!state.iterator) {
      state.closed = true;
      return;
    }
    let result: GetRecordsCommandOutput;
    try {
      result = await client.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: batchSize }));
    } catch (error) {
      if (error instanceof ExpiredIteratorException) {
        state.iterator = undefined;
        return;
      }
      throw error;
    }
    const records = result.Records ?? [];
    if (records.length === 0) {
      state.iterator = result.NextShardIterator;
      if (!state.iterator) state.closed = true;
      return;
    }
    const response = await options.handler({
      Records: records.map((r) => toLambdaRecord(r, options.streamArn)),
    });
    const failed = response?.batchItemFailures?.[0]?.itemIdentifier;
    if (!failed) {
      state.checkpoint = records.at(-1)?.dynamodb?.SequenceNumber;
      state.iterator = result.NextShardIterator;
      state.attempts = 0;
      return;
    }
    const failedIndex = records.findIndex((r) => r.dynamodb?.SequenceNumber === failed);
    state.attempts += 1;
    // Accept everything before the failure; after too many attempts give up on it, as Lambda
    // does when its retries are exhausted.
    const lastAccepted = state.attempts >= maxAttempts ? failedIndex : failedIndex - 1;
    if (state.attempts >= maxAttempts) state.attempts = 0;
    if (lastAccepted >= 0) state.checkpoint = records[lastAccepted]?.dynamodb?.SequenceNumber;
    state.iterator = undefined;
  }

  async function pollOnce() {
    await discoverShards();
    for (const [shardId, state] of shards) {
      if (state.closed || stopped) continue;
      await pollShard(shardId, state);
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pollOnce()
        .catch((error) => options.onError?.(error))
        .finally(schedule);
    }, options.pollMs ?? 500);
  }

  return {
    /** One pass over every shard (tests drive the poller with this). */
    pollOnce,
    start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      client.destroy();
    },
  };
}

/** GetRecords returns what Lambda's event carries per record, minus the source fields. */
function toLambdaRecord(record: _Record, streamArn: string): DynamoDBRecord {
  return {
    ...(record as unknown as DynamoDBRecord),
    eventSource: 'aws:dynamodb',
    eventSourceARN: streamArn,
    awsRegion: 'cn-north-1',
    dynamodb: {
      ...(record.dynamodb as DynamoDBRecord['dynamodb']),
      ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
        ? Math.floor(new Date(record.dynamodb.ApproximateCreationDateTime).getTime() / 1000)
        : undefined,
    },
  };
}
