import { recordingLogger, recordingMetrics } from '@openlicense/observability';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.ts';
import { handleError } from '../error-handler.ts';
import { observe } from './observe.ts';

const appWith = () => {
  const logger = recordingLogger('api');
  const metrics = recordingMetrics();
  const app = new Hono<AppEnv>();
  app.use('*', observe(logger, metrics));
  app.get('/api/hello', (c) => {
    c.get('logger')?.info('hello');
    return c.json({ ok: true });
  });
  app.post('/api/listings/:id/licenses', (c) => c.json({ id: 'l-1' }, 201));
  app.get('/api/boom', () => {
    throw new Error('kaboom');
  });
  app.onError(handleError);
  return { app, logger, metrics };
};

const lambdaEnv = { requestContext: { requestId: 'apigw-1' }, lambdaContext: { awsRequestId: 'lambda-1' } };

describe('the edge logger', () => {
  it('carries the API Gateway request id, and the caller’s correlation id when it sends one', async () => {
    // Prepare
    const { app, logger } = appWith();

    // Act
    await app.request('/api/hello', { headers: { 'x-correlation-id': 'corr-9' } }, lambdaEnv);

    // Assert
    expect(logger.entries).toMatchObject([
      { message: 'hello', context: { requestId: 'apigw-1', correlationId: 'corr-9' } },
    ]);
  });

  it('uses the request id as correlation id when the caller sends none', async () => {
    // Prepare
    const { app, logger } = appWith();

    // Act
    await app.request('/api/hello', {}, { lambdaContext: { awsRequestId: 'lambda-1' } });

    // Assert
    expect(logger.entries[0]?.context).toMatchObject({ requestId: 'lambda-1', correlationId: 'lambda-1' });
  });

  it('logs an unhandled error with the request’s ids and answers 500', async () => {
    // Prepare
    const { app, logger } = appWith();

    // Act
    const response = await app.request('/api/boom', {}, lambdaEnv);

    // Assert
    expect(response.status).toBe(500);
    expect(logger.entries).toMatchObject([
      { level: 'error', message: 'unhandled', context: { requestId: 'apigw-1', error: 'Error: kaboom' } },
    ]);
  });
});

describe('the LicencesTaken metric', () => {
  it('counts a take answered 201, and nothing for other answers', async () => {
    // Prepare
    const { app, metrics } = appWith();

    // Act
    await app.request('/api/listings/x/licenses', { method: 'POST' });
    await app.request('/api/hello');
    metrics.publish();

    // Assert
    expect(metrics.published).toHaveLength(1);
    expect(metrics.published[0]).toMatchObject({ LicencesTaken: 1 });
  });
});
