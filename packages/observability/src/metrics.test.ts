import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMetrics, recordingMetrics, streamLagSeconds } from './metrics.ts';
import { observedHandler } from './observed-handler.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What Powertools wrote to stdout (in Lambda it writes through its own Console on process.stdout). */
function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  return lines;
}

describe('metrics published at the end of an invocation in Lambda', () => {
  it('become one Powertools EMF line in the namespace, by service, and are then forgotten', () => {
    // Prepare
    const lines = captureStdout();
    const metrics = createMetrics('OpenLicense', 'matcher', {
      AWS_LAMBDA_FUNCTION_NAME: 'openlicense-matcher',
      POWERTOOLS_SERVICE_NAME: 'matcher',
    });
    metrics.addMetric('PushesDelivered', 'Count', 1);
    metrics.addMetric('PushesDelivered', 'Count', 1);
    metrics.addMetric('MatcherLagSeconds', 'Seconds', 2.5);

    // Act
    metrics.publish();
    metrics.publish();

    // Assert
    expect(lines).toHaveLength(1);
    const emf = JSON.parse(lines[0]!);
    expect(emf).toMatchObject({
      _aws: {
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [
          {
            Namespace: 'OpenLicense',
            Dimensions: [['service']],
            Metrics: expect.arrayContaining([
              { Name: 'PushesDelivered', Unit: 'Count' },
              { Name: 'MatcherLagSeconds', Unit: 'Seconds' },
            ]),
          },
        ],
      },
      service: 'matcher',
      PushesDelivered: [1, 1],
      MatcherLagSeconds: 2.5,
    });
  });

  it('writes nothing, not even a warning, for an invocation that counted nothing', () => {
    // Prepare
    const lines = captureStdout();
    const warned = vi.spyOn(console, 'warn');
    const metrics = createMetrics('OpenLicense', 'api', { AWS_LAMBDA_FUNCTION_NAME: 'openlicense-api' });

    // Act
    metrics.publish();

    // Assert
    expect(lines).toEqual([]);
    expect(warned).not.toHaveBeenCalled();
  });
});

describe('metrics on a laptop', () => {
  it('are not written unless the log level is debug', () => {
    // Prepare
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    const quiet = createMetrics('OpenLicense', 'api', {});
    const debug = createMetrics('OpenLicense', 'api', { LOG_LEVEL: 'debug' });

    // Act
    quiet.addMetric('LicencesTaken', 'Count', 1);
    quiet.publish();
    debug.addMetric('LicencesTaken', 'Count', 1);
    debug.publish();

    // Assert
    expect(printed).toHaveBeenCalledTimes(1);
    expect(String(printed.mock.calls[0]?.[0])).toMatch(
      /^metrics api \{.*"Namespace":"OpenLicense".*"LicencesTaken":1/,
    );
  });
});

describe('the matcher lag', () => {
  it('is the seconds from the stream record’s creation time to now', () => {
    // Act / Assert
    expect(streamLagSeconds(1_700_000_000, new Date(1_700_000_042_500))).toBe(42.5);
    expect(streamLagSeconds(1_700_000_050, new Date(1_700_000_042_000))).toBe(0);
  });
});

describe('a Lambda handler wrapped by observedHandler', () => {
  it('publishes once when the invocation ends, also when it throws', async () => {
    // Prepare
    const metrics = recordingMetrics('OpenLicense', 'api');
    const handler = observedHandler(metrics, async (fail: boolean, _context: unknown) => {
      metrics.addMetric('LicencesTaken', 'Count', 1);
      if (fail) throw new Error('boom');
      return 'ok';
    });

    // Act
    await expect(handler(false, undefined)).resolves.toBe('ok');
    await expect(handler(true, undefined)).rejects.toThrow('boom');

    // Assert
    expect(metrics.published).toHaveLength(2);
    expect(metrics.published[0]).toMatchObject({ service: 'api', LicencesTaken: 1 });
  });
});
