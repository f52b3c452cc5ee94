import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from '@openlicense/app';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ORIGIN_VERIFY_HEADER } from '../origin-verify-header.ts';

export { ORIGIN_VERIFY_HEADER };

// Both sides hashed first: equal lengths for timingSafeEqual, and no early exit on a length mismatch.
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Refuses (403 `origin_forbidden`) a request that did not come through CloudFront, i.e. one sent to the
 * execute-api endpoint directly, around the WAF. The comparison takes constant time. Without a secret
 * (the local stack, tests) every request passes: there is no CloudFront in front to add the header.
 */
export const requireOrigin = (secret: string | undefined) => {
  const expected = secret ? digest(secret) : undefined;
  return createMiddleware<AppEnv>(async (c, next) => {
    if (expected) {
      const given = c.req.header(ORIGIN_VERIFY_HEADER);
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        throw new ApiError(
          403,
          'origin_forbidden',
          '请通过平台网址访问接口 / call the API through the site address, not the API endpoint',
          { header: ORIGIN_VERIFY_HEADER },
        );
      }
    }
    await next();
  });
};
