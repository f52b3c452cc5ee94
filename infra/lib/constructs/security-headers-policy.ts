import { contentSecurityPolicyHeader, SECURITY_HEADERS } from '@openlicense/domain';
import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

/**
 * The site's security headers at the edge, for the web app and `/api/*` alike: the one
 * Content-Security-Policy of `@openlicense/domain` (the local server sends the same through Hono's
 * secure-headers), X-Frame-Options DENY, nosniff, no referrer, HSTS. Each overrides what the origin
 * sent, so every answer carries exactly these.
 */
export class SecurityHeadersPolicy extends Construct {
  readonly policy: cloudfront.ResponseHeadersPolicy;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.policy = new cloudfront.ResponseHeadersPolicy(this, 'Policy', {
      comment: 'openlicense: CSP and security headers for the web app and /api/*',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicyHeader(), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(SECURITY_HEADERS.strictTransportSecurityMaxAge),
          includeSubdomains: true,
          override: true,
        },
        // The header's filter is obsolete and can be abused; "0" turns it off (as Hono's default does).
        xssProtection: { protection: false, override: true },
      },
    });
  }
}
