import { afterEach, describe, expect, it, vi } from 'vitest';
import { addLambdaContext, createLogger, entryLog, formatLine, recordingLogger } from './logger.ts';

const entry = {
  time: new Date('2026-12-07T04:05:06.789Z'),
  level: 'warn' as const,
  service: 'catalogue',
  message: 'search slow',
  context: { orgId: 'org-1', tookMs: 812, query: 'two words', skipped: undefined },
};

const lambdaContext = {
  awsRequestId: 'lambda-req-1',
  functionName: 'openlicense-api-dealing',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:openlicense-api-dealing',
  memoryLimitInMB: '1024',
  getRemainingTimeInMillis: () => 9_000,
};

/** What Powertools wrote (in Lambda it writes through its own Console on process.stdout and stderr). */
function captureOutput(): string[] {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the laptop log line', () => {
  it('reads as time, level, service, message, then key=value pairs', () => {
    // Act
    const line = formatLine(entry);

    // Assert
    expect(line).toBe('04:05:06.789 WARN  catalogue search slow orgId=org-1 tookMs=812 query="two words"');
  });

  it('is what the Powertools logger prints on a laptop, with the request and correlation ids', () => {
    // Prepare
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
    const logger = createLogger('catalogue', { POWERTOOLS_LOG_LEVEL: 'INFO' });

    // Act
    logger.child({ requestId: 'r-1', correlationId: 'c-1' }).info('search slow', { tookMs: 812 });
    logger.debug('below the level');

    // Assert
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} INFO {2}catalogue search slow requestId=r-1 correlationId=c-1 tookMs=812$/,
    );
  });
});

describe('the Lambda log line', () => {
  it('is one Powertools JSON object carrying the request id, correlation id and Lambda request id', () => {
    // Prepare
    const lines = captureOutput();
    const logger = createLogger('api', {
      AWS_LAMBDA_FUNCTION_NAME: 'openlicense-api-dealing',
      POWERTOOLS_SERVICE_NAME: 'api-dealing',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    });
    addLambdaContext(lambdaContext);

    // Act
    logger
      .child({ requestId: 'apigw-1', correlationId: 'corr-1' })
      .info('took licence', { licenceId: 'l-1' });

    // Assert
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'INFO',
      message: 'took licence',
      service: 'api-dealing',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      function_request_id: 'lambda-req-1',
      function_name: 'openlicense-api-dealing',
      requestId: 'apigw-1',
      correlationId: 'corr-1',
      licenceId: 'l-1',
    });
  });

  it('writes an error given as context with its name, message and stack', () => {
    // Prepare
    const lines = captureOutput();
    const logger = createLogger('matcher', { AWS_LAMBDA_FUNCTION_NAME: 'openlicense-matcher' });

    // Act
    logger.error('stream record failed', { error: new TypeError('bad record') });

    // Assert
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'ERROR',
      error: { name: 'TypeError', message: 'bad record', stack: expect.stringContaining('TypeError') },
    });
  });
});

describe('a child logger', () => {
  it('adds its context to every entry, the call context winning', () => {
    // Prepare
    const logger = recordingLogger('api');
    const child = logger.child({ requestId: 'r-1', correlationId: 'c-1' });

    // Act
    child.info('took licence', { correlationId: 'c-2', licenceId: 'l-1' });

    // Assert
    expect(logger.entries).toMatchObject([
      {
        level: 'info',
        service: 'api',
        message: 'took licence',
        context: { requestId: 'r-1', correlationId: 'c-2', licenceId: 'l-1' },
      },
    ]);
  });
});

describe('an older module’s entry log', () => {
  it('writes `{ level, msg, ...context }` entries through the logger at their level', () => {
    // Prepare
    const logger = recordingLogger('matcher');

    // Act
    entryLog(logger)({ level: 'error', msg: 'stream record failed', eventId: 'e-1' });
    entryLog(logger)({ msg: 'snapshot loaded', items: 3 });

    // Assert
    expect(logger.entries).toMatchObject([
      { level: 'error', message: 'stream record failed', context: { eventId: 'e-1' } },
      { level: 'info', message: 'snapshot loaded', context: { items: 3 } },
    ]);
  });
});
