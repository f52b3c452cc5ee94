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

/** A logger writing entries at or above `minLevel` to `sink`. */
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

/**
 * One JSON object per line with the keys Powertools' Logger writes (`level`, `message`, `service`,
 * `timestamp`), so CloudWatch Logs Insights queries work the same once the Powertools layer replaces it.
 */
export function formatJson(entry: LogEntry): string {
  const context: LogContext = {};
  for (const [key, value] of Object.entries(entry.context)) {
    context[key] =
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
  }
  return JSON.stringify({
    level: entry.level.toUpperCase(),
    message: entry.message,
    service: entry.service,
    timestamp: entry.time.toISOString(),
    ...context,
  });
}

const consoleSink =
  (format: (entry: LogEntry) => string): LogSink =>
  (entry) => {
    const line = format(entry);
    if (entry.level === 'error') console.error(line);
    else if (entry.level === 'warn') console.warn(line);
    else console.log(line);
  };

/**
 * The logger for `service`: JSON lines in Lambda (`AWS_LAMBDA_FUNCTION_NAME` set), readable lines on the
 * laptop. The level comes from `POWERTOOLS_LOG_LEVEL` (then `LOG_LEVEL`), INFO by default.
 */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const level = parseLevel(env.POWERTOOLS_LOG_LEVEL ?? env.LOG_LEVEL, 'info');
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  return sinkLogger(
    env.POWERTOOLS_SERVICE_NAME ?? service,
    consoleSink(inLambda ? formatJson : formatLine),
    level,
  );
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
