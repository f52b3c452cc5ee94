import { type LogItem, Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';

/** Key/value context added to one log entry (request id, org id, counts…). */
export type LogContext = Record<string, unknown>;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The tiny logging interface every handler and use-case sees, in Lambda and on the laptop alike. */
export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  /** A logger that adds `context` to every entry it writes (e.g. the request and correlation ids). */
  child(context: LogContext): Logger;
}

/** One written entry, as handed to a sink. */
export interface LogEntry {
  time: Date;
  level: LogLevel;
  service: string;
  message: string;
  context: LogContext;
}

export type LogSink = (entry: LogEntry) => void;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export const parseLevel = (value: string | undefined, fallback: LogLevel): LogLevel => {
  const level = value?.toLowerCase();
  return level === 'debug' || level === 'info' || level === 'warn' || level === 'error' ? level : fallback;
};

/** A logger writing entries at or above `minLevel` to `sink` (the laptop's quiet test stacks, tests). */
export function sinkLogger(
  service: string,
  sink: LogSink,
  minLevel: LogLevel = 'info',
  base: LogContext = {},
): Logger {
  const write =
    (level: LogLevel) =>
    (message: string, context: LogContext = {}) => {
      if (RANK[level] < RANK[minLevel]) return;
      sink({ time: new Date(), level, service, message, context: { ...base, ...context } });
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (context) => sinkLogger(service, sink, minLevel, { ...base, ...context }),
  };
}

const show = (value: unknown): string => {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
};

/** One readable line: `12:03:04.567 INFO  catalogue  message key=value key2="two words"`. */
export function formatLine(entry: LogEntry): string {
  const time = entry.time.toISOString().slice(11, 23);
  const pairs = Object.entries(entry.context)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${show(value)}`);
  return [time, entry.level.toUpperCase().padEnd(5), entry.service, entry.message, ...pairs].join(' ');
}

/** Powertools' keys that say nothing on a laptop (no sampling, no X-Ray, no Lambda context). */
const LAMBDA_ONLY_KEYS = new Set([
  'sampling_rate',
  'xray_trace_id',
  'cold_start',
  'function_arn',
  'function_memory_size',
  'function_name',
  'function_request_id',
]);

/**
 * Powertools' Logger printing a readable line instead of JSON: the laptop's logger. Everything else
 * (levels, keys, the Lambda context, error formatting) is Powertools' own, so a line here and a JSON
 * entry in CloudWatch carry the same fields.
 */
class ReadableLogger extends PowertoolsLogger {
  protected override printLog(logLevel: number, log: LogItem): void {
    log.prepareForPrint();
    const { level, message, service, timestamp, ...rest } = log.getAttributes();
    const context: LogContext = {};
    for (const [key, value] of Object.entries(rest)) if (!LAMBDA_ONLY_KEYS.has(key)) context[key] = value;
    const entry: LogEntry = {
      time: new Date(String(timestamp)),
      level: parseLevel(String(level), 'info'),
      service: String(service),
      message: String(message),
      context,
    };
    const line = formatLine(entry);
    if (logLevel >= 20) console.error(line);
    else if (logLevel >= 16) console.warn(line);
    else console.log(line);
  }
}

/** The seam over a Powertools logger: `child` context rides along as extra keys of each entry. */
function seam(logger: PowertoolsLogger, base: LogContext = {}): Logger {
  const write =
    (level: LogLevel) =>
    (message: string, context: LogContext = {}) =>
      logger[level](message, { ...base, ...context });
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (context) => seam(logger, { ...base, ...context }),
  };
}

/**
 * The Powertools loggers made by {@link createLogger}, one per service, level and output: callers may ask
 * for a logger per entry (the catalogue does), and a Lambda entry hands them all its context.
 */
const powertoolsLoggers = new Map<string, PowertoolsLogger>();

/**
 * The logger for `service`, Powertools for AWS Lambda's Logger: one JSON object per entry in Lambda
 * (`AWS_LAMBDA_FUNCTION_NAME` set) with `level`, `message`, `service`, `timestamp`, the X-Ray trace id and,
 * once {@link addLambdaContext} ran, the Lambda request id; a readable line on the laptop. The level comes
 * from `POWERTOOLS_LOG_LEVEL` (then `LOG_LEVEL`; INFO by default), the service from `POWERTOOLS_SERVICE_NAME`.
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const serviceName = env.POWERTOOLS_SERVICE_NAME ?? service;
  const logLevel = parseLevel(env.POWERTOOLS_LOG_LEVEL ?? env.LOG_LEVEL, 'info').toUpperCase() as 'INFO';
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const key = `${serviceName}|${logLevel}|${inLambda ? 'json' : 'line'}`;
  let logger = powertoolsLoggers.get(key);
  if (!logger) {
    logger = inLambda
      ? new PowertoolsLogger({ serviceName, logLevel })
      : new ReadableLogger({ serviceName, logLevel });
    powertoolsLoggers.set(key, logger);
  }
  return seam(logger);
}

/** What a Lambda invocation's context gives the logs: the request id, function name, cold start. */
export interface LambdaContextLike {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string | number;
  getRemainingTimeInMillis(): number;
}

const isLambdaContext = (value: unknown): value is LambdaContextLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LambdaContextLike).awsRequestId === 'string';

/**
 * Adds the invocation's context (`function_request_id`, `cold_start`, `function_name`…) to the entries
 * of every logger of this function, as Powertools' `injectLambdaContext` does. Ignores anything else.
 */
export function addLambdaContext(context: unknown): void {
  if (!isLambdaContext(context)) return;
  for (const logger of powertoolsLoggers.values())
    logger.addContext(context as Parameters<PowertoolsLogger['addContext']>[0]);
}

/** A logger that keeps its entries in memory, for tests. */
export function recordingLogger(service = 'test'): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return Object.assign(
    sinkLogger(service, (entry) => entries.push(entry), 'debug'),
    { entries },
  );
}

/**
 * The `(entry) => void` log option older modules take (`{ level, msg, ...context }`), written through
 * `logger` at the entry's level (info when it names none).
 */
export const entryLog =
  (logger: Logger) =>
  (entry: Record<string, unknown>): void => {
    const { level, msg, message, ...context } = entry;
    const text = String(msg ?? message ?? '');
    logger[parseLevel(typeof level === 'string' ? level : undefined, 'info')](text, context);
  };
