import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createStreamHandler, type StreamConsumer } from './stream-handler.ts';

const record = (seq: string, entity = 'Org'): DynamoDBRecord => ({
  eventID: `event-${seq}`,
  eventName: 'INSERT',
  dynamodb: { SequenceNumber: seq, NewImage: { entity: { S: entity }, id: { S: seq } } },
});

function recordingConsumer(failOn?: string): StreamConsumer & { seen: string[] } {
  const seen: string[] = [];
  return {
    name: 'recording',
    seen,
    wants: (r) => r.entity === 'Org',
    async apply(r) {
      if (r.sequenceNumber === failOn) throw new Error('boom');
      seen.push(r.newImage?.id as string);
    },
  };
}

describe('stream handler', () => {
  it('hands each wanted record, unmarshalled, to the consumer in order', async () => {
    const consumer = recordingConsumer();
    const result = await createStreamHandler([consumer], () => {})({
      Records: [record('1'), record('2', 'User'), record('3')],
    });
    expect(consumer.seen).toEqual(['1', '3']);
    expect(result.batchItemFailures).toEqual([]);
  });

  it('reports the failing record alone and stops there, so the stream resumes from it', async () => {
    const consumer = recordingConsumer('2');
    const result = await createStreamHandler([consumer], () => {})({
      Records: [record('1'), record('2'), record('3')],
    });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '2' }]);
    expect(consumer.seen).toEqual(['1']);
  });
});
