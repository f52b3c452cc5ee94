import { recordingMetrics } from '@openlicense/observability';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createStreamHandler } from './stream-handler.ts';

const record = (seq: string, createdEpochSeconds: number): DynamoDBRecord => ({
  eventID: `event-${seq}`,
  eventName: 'INSERT',
  dynamodb: {
    SequenceNumber: seq,
    ApproximateCreationDateTime: createdEpochSeconds,
    NewImage: { entity: { S: 'Org' }, id: { S: seq } },
  },
});

describe('the matcher lag metric', () => {
  it('is each record’s age when read: now minus its ApproximateCreationDateTime', async () => {
    // Prepare
    const metrics = recordingMetrics();
    const now = new Date('2026-12-07T04:00:30Z');
    const created = now.getTime() / 1000;
    const handle = createStreamHandler(
      [],
      () => {},
      metrics,
      () => now,
    );

    // Act
    await handle({ Records: [record('1', created - 12), record('2', created - 3)] });
    metrics.publish();

    // Assert
    expect(metrics.published[0]).toMatchObject({ MatcherLagSeconds: [12, 3] });
  });
});
