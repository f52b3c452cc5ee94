export type MetricUnit = 'Count' | 'Seconds' | 'Milliseconds' | 'None';

/** The tiny metrics interface: add values during an invocation, publish them once at its end. */
export interface Metrics {
  addMetric(name: string, unit: MetricUnit, value: number): void;
  /** Writes the stored metrics (one EMF line in Lambda) and forgets them. */
  publish(): void;
}

interface Stored {
  unit: MetricUnit;
  values: number[];
}

/**
 * CloudWatch Embedded Metric Format: one JSON log line CloudWatch turns into metrics, without an API call.
 * The same document Powertools' Metrics writes from `publishStoredMetrics`.
 */
export function emfDocument(
  namespace: string,
  service: string,
  metrics: ReadonlyMap<string, Stored>,
  now: Date,
): Record<string, unknown> {
  const document: Record<string, unknown> = {
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: [['service']],
          Metrics: [...metrics].map(([name, { unit }]) => ({ Name: name, Unit: unit })),
        },
      ],
    },
    service,
  };
  for (const [name, { values }] of metrics) document[name] = values.length === 1 ? values[0] : values;
  return document;
}

/** Metrics that collect values and hand the EMF document to `write` on publish (nothing when empty). */
export function emfMetrics(
  namespace: string,
  service: string,
  write: (document: Record<string, unknown>) => void,
  now: () => Date = () => new Date(),
): Metrics {
  let stored = new Map<string, Stored>();
  return {
    addMetric(name, unit, value) {
      const entry = stored.get(name) ?? { unit, values: [] };
      entry.values.push(value);
      stored.set(name, entry);
    },
    publish() {
      if (stored.size === 0) return;
      const document = emfDocument(namespace, service, stored, now());
      stored = new Map();
      write(document);
    },
  };
}

/**
 * The metrics of `service` in `namespace` (`POWERTOOLS_METRICS_NAMESPACE` wins): EMF lines on stdout in
 * Lambda; on the laptop nothing (set LOG_LEVEL=debug to see what would be published).
 */
export function createMetrics(
  namespace: string,
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Metrics {
  const ns = env.POWERTOOLS_METRICS_NAMESPACE ?? namespace;
  const name = env.POWERTOOLS_SERVICE_NAME ?? service;
  if (env.AWS_LAMBDA_FUNCTION_NAME) return emfMetrics(ns, name, (doc) => console.log(JSON.stringify(doc)));
  const debug = (env.POWERTOOLS_LOG_LEVEL ?? env.LOG_LEVEL)?.toLowerCase() === 'debug';
  if (!debug) return { addMetric: () => {}, publish: () => {} };
  return emfMetrics(ns, name, (doc) => console.log(`metrics ${name} ${JSON.stringify(doc)}`));
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

/** Metrics that keep what was published, for tests. */
export function recordingMetrics(): Metrics & { published: Record<string, unknown>[] } {
  const published: Record<string, unknown>[] = [];
  return Object.assign(
    emfMetrics('Test', 'test', (doc) => published.push(doc)),
    { published },
  );
}

/** Seconds from a stream record's creation (`ApproximateCreationDateTime`, epoch seconds) to `now`. */
export const streamLagSeconds = (approximateCreationEpochSeconds: number, now: Date): number =>
  Math.max(0, now.getTime() / 1000 - approximateCreationEpochSeconds);
