export {
  createLogger,
  entryLog,
  formatJson,
  formatLine,
  type LogContext,
  type LogEntry,
  type Logger,
  type LogLevel,
  recordingLogger,
  sinkLogger,
} from './logger.ts';
export {
  createMetrics,
  emfDocument,
  emfMetrics,
  type Metrics,
  type MetricUnit,
  publishingMetrics,
  recordingMetrics,
  streamLagSeconds,
} from './metrics.ts';
