import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '@openlicense/domain';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response of the local server — the API (both functions) and the web app —
 * with the same Content-Security-Policy and frame and referrer rules CloudFront adds in AWS
 * (`infra/lib/constructs/security-headers-policy.ts`).
 */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: Object.fromEntries(
      Object.entries(CONTENT_SECURITY_POLICY).map(([directive, sources]) => [directive, [...sources]]),
    ),
    xFrameOptions: SECURITY_HEADERS.frameOptions,
    referrerPolicy: SECURITY_HEADERS.referrerPolicy,
    strictTransportSecurity: `max-age=${SECURITY_HEADERS.strictTransportSecurityMaxAge}; includeSubDomains`,
  });
