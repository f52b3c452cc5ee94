import { describe, expect, it } from 'vitest';
import { entryLog, formatJson, formatLine, recordingLogger } from './logger.ts';

const entry = {
  time: new Date('2026-12-07T04:05:06.789Z'),
  level: 'warn' as const,
  service: 'catalogue',
  message: 'search slow',
  context: { orgId: 'org-1', tookMs: 812, query: 'two words', skipped: undefined },
};

describe('the laptop log line', () => {
  it('reads as time, level, service, message, then key=value pairs', () => {
    // Act
    const line = formatLine(entry);

    // Assert
    expect(line).toBe('04:05:06.789 WARN  catalogue search slow orgId=org-1 tookMs=812 query="two words"');
  });
});

describe('the Lambda log line', () => {
  it('is one JSON object with the keys Powertools writes and the context beside them', () => {
    // Act
    const parsed = JSON.parse(formatJson(entry));

    // Assert
    expect(parsed).toEqual({
      level: 'WARN',
      message: 'search slow',
      service: 'catalogue',
      timestamp: '2026-12-07T04:05:06.789Z',
      orgId: 'org-1',
      tookMs: 812,
      query: 'two words',
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
