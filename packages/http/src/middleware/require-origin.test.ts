import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.ts';
import { handleError } from '../error-handler.ts';
import { ORIGIN_VERIFY_HEADER, requireOrigin } from './require-origin.ts';

const appWith = (secret: string | undefined) => {
  const app = new Hono<AppEnv>();
  app.use('*', requireOrigin(secret));
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.onError(handleError);
  return app;
};

describe('the origin check (API reachable only through CloudFront)', () => {
  const secret = 'cloudfront-origin-secret-0123456789';

  it('lets a request through CloudFront (the secret header) reach the route', async () => {
    // Act
    const response = await appWith(secret).request('/api/health', {
      headers: { [ORIGIN_VERIFY_HEADER]: secret },
    });

    // Assert
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it.each([
    ['no header (a call to the execute-api endpoint)', {}],
    ['a wrong value', { [ORIGIN_VERIFY_HEADER]: 'guess' }],
    ['the secret with a suffix', { [ORIGIN_VERIFY_HEADER]: `${secret}x` }],
    ['an empty value', { [ORIGIN_VERIFY_HEADER]: '' }],
  ])('answers 403 origin_forbidden naming the header for %s', async (_case, headers) => {
    // Act
    const response = await appWith(secret).request('/api/health', { headers });

    // Assert
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: 'origin_forbidden', details: { header: ORIGIN_VERIFY_HEADER } },
    });
  });

  it('needs no header where no secret is configured (the local stack has no CloudFront)', async () => {
    // Act
    const response = await appWith(undefined).request('/api/health');

    // Assert
    expect(response.status).toBe(200);
  });
});
