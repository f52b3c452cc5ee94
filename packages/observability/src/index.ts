export {
  addLambdaContext,
  createLogger,
  entryLog,
  formatLine,
  type LambdaContextLike,
  type LogContext,
  type LogEntry,
  type Logger,
  type LogLevel,
  recordingLogger,
  sinkLogger,
} from './logger.ts';
export {
  createMetrics,
  type Metrics,
  type MetricUnit,
  powertoolsMetrics,
  publishingMetrics,
  recordingMetrics,
  streamLagSeconds,
} from './metrics.ts';
export { observedHandler } from './observed-handler.ts';
