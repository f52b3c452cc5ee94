import { describe, expect, it } from 'vitest';
import { emfMetrics, publishingMetrics, recordingMetrics, streamLagSeconds } from './metrics.ts';

describe('metrics published at the end of an invocation', () => {
  it('become one EMF document in the namespace, by service, and are then forgotten', () => {
    // Prepare
    const published: Record<string, unknown>[] = [];
    const metrics = emfMetrics(
      'OpenLicense',
      'matcher',
      (doc) => published.push(doc),
      () => new Date(1000),
    );
    metrics.addMetric('PushesDelivered', 'Count', 1);
    metrics.addMetric('PushesDelivered', 'Count', 1);
    metrics.addMetric('MatcherLagSeconds', 'Seconds', 2.5);

    // Act
    metrics.publish();
    metrics.publish();

    // Assert
    expect(published).toEqual([
      {
        _aws: {
          Timestamp: 1000,
          CloudWatchMetrics: [
            {
              Namespace: 'OpenLicense',
              Dimensions: [['service']],
              Metrics: [
                { Name: 'PushesDelivered', Unit: 'Count' },
                { Name: 'MatcherLagSeconds', Unit: 'Seconds' },
              ],
            },
          ],
        },
        service: 'matcher',
        PushesDelivered: [1, 1],
        MatcherLagSeconds: 2.5,
      },
    ]);
  });
});

describe('the matcher lag', () => {
  it('is the seconds from the stream record’s creation time to now', () => {
    // Act / Assert
    expect(streamLagSeconds(1_700_000_000, new Date(1_700_000_042_500))).toBe(42.5);
    expect(streamLagSeconds(1_700_000_050, new Date(1_700_000_042_000))).toBe(0);
  });
});

describe('a handler wrapped to publish its metrics', () => {
  it('publishes once when the invocation ends, also when it throws', async () => {
    // Prepare
    const metrics = recordingMetrics();
    const handler = publishingMetrics(metrics, async (fail: boolean) => {
      metrics.addMetric('LicencesTaken', 'Count', 1);
      if (fail) throw new Error('boom');
      return 'ok';
    });

    // Act
    await expect(handler(false)).resolves.toBe('ok');
    await expect(handler(true)).rejects.toThrow('boom');

    // Assert
    expect(metrics.published).toHaveLength(2);
  });
});
