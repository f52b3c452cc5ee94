import { Metrics as PowertoolsMetrics } from '@aws-lambda-powertools/metrics';

export type MetricUnit = 'Count' | 'Seconds' | 'Milliseconds' | 'None';

/** The tiny metrics interface: add values during an invocation, publish them once at its end. */
export interface Metrics {
  addMetric(name: string, unit: MetricUnit, value: number): void;
  /** Writes the stored metrics (one EMF line in Lambda) and forgets them; nothing when none were added. */
  publish(): void;
}

/**
 * The seam over Powertools for AWS Lambda's Metrics: values are stored, and on publish written as one
 * CloudWatch Embedded Metric Format document (namespace, `service` dimension) by `write`, or by Powertools
 * itself (one JSON line on stdout) when none is given. An invocation that added nothing writes nothing,
 * rather than Powertools' "no application metrics" warning.
 */
export function powertoolsMetrics(
  namespace: string,
  service: string,
  write?: (document: Record<string, unknown>) => void,
): Metrics {
  const metrics = new PowertoolsMetrics({ namespace, serviceName: service });
  return {
    addMetric: (name, unit, value) => metrics.addMetric(name, unit, value),
    publish() {
      if (!metrics.hasStoredMetrics()) return;
      if (!write) {
        metrics.publishStoredMetrics();
        return;
      }
      const document = metrics.serializeMetrics() as unknown as Record<string, unknown>;
      metrics.clearMetrics();
      write(document);
    },
  };
}

/**
 * The metrics of `service` in `namespace` (`POWERTOOLS_METRICS_NAMESPACE` and `POWERTOOLS_SERVICE_NAME`
 * win): EMF lines on stdout in Lambda; on the laptop nothing (set LOG_LEVEL=debug to see what would be
 * published).
 */
export function createMetrics(
  namespace: string,
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Metrics {
  const ns = env.POWERTOOLS_METRICS_NAMESPACE ?? namespace;
  const name = env.POWERTOOLS_SERVICE_NAME ?? service;
  if (env.AWS_LAMBDA_FUNCTION_NAME) return powertoolsMetrics(ns, name);
  const debug = (env.POWERTOOLS_LOG_LEVEL ?? env.LOG_LEVEL)?.toLowerCase() === 'debug';
  if (!debug) return { addMetric: () => {}, publish: () => {} };
  return powertoolsMetrics(ns, name, (doc) => console.log(`metrics ${name} ${JSON.stringify(doc)}`));
}

/** `handler` that publishes `metrics` when each invocation ends, answered or thrown. */
export const publishingMetrics =
  <A extends unknown[], R>(metrics: Metrics, handler: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await handler(...args);
    } finally {
      metrics.publish();
    }
  };

/** Metrics that keep the EMF documents Powertools made of what was published, for tests. */
export function recordingMetrics(
  namespace = 'Test',
  service = 'test',
): Metrics & { published: Record<string, unknown>[] } {
  const published: Record<string, unknown>[] = [];
  return Object.assign(
    powertoolsMetrics(namespace, service, (doc) => published.push(doc)),
    { published },
  );
}

/** Seconds from a stream record's creation (`ApproximateCreationDateTime`, epoch seconds) to `now`. */
export const streamLagSeconds = (approximateCreationEpochSeconds: number, now: Date): number =>
  Math.max(0, now.getTime() / 1000 - approximateCreationEpochSeconds);
