import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicyHeader } from '@openlicense/domain';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/marketplace-app.ts';

// Managed CloudFront policy ids (documented constants).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const builtWebApp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'openlicense-web-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>openlicense</title>');
  return dir;
};

describe('WebStack', () => {
  // Prepare
  const { web } = createTestApp();
  const template = Template.fromStack(web);

  it('keeps every bucket private, encrypted and SSL-only', () => {
    // Assess
    template.allResourcesProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
    });
    template.allResourcesProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('logs site bucket access and CloudFront requests', () => {
    // Assess
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 's3-access/' },
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ Logging: Match.objectLike({ Prefix: 'cloudfront/' }) }),
    });
  });

  it('reads the bucket through Origin Access Control, not an identity', () => {
    // Assess
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Origins: Match.arrayWith([
          Match.objectLike({
            OriginAccessControlId: Match.anyValue(),
            S3OriginConfig: { OriginAccessIdentity: '' },
          }),
        ]),
      }),
    });
  });

  it('proxies /api/* to the HTTP API uncached, with every viewer header but Host', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: 'api/*',
            CachePolicyId: CACHING_DISABLED,
            OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
            AllowedMethods: Match.arrayWith(['PUT', 'PATCH', 'POST', 'DELETE']),
            ViewerProtocolPolicy: 'https-only',
          }),
        ],
        Origins: Match.arrayWith([
          Match.objectLike({
            CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
          }),
        ]),
      }),
    });
  });

  it('falls back to the app shell with a viewer-request function, not error responses that would hide API errors', () => {
    // Assess
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: Match.anyValue() }],
        }),
        CustomErrorResponses: Match.absent(),
      }),
    });
  });

  it('sends the one Content-Security-Policy and security headers from both the site and the api/* behaviours', () => {
    // Prepare
    const policies = template.findResources('AWS::CloudFront::ResponseHeadersPolicy');
    const [policyId, ...others] = Object.keys(policies);

    // Assess
    expect(others).toEqual([]);
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicyHeader(), Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
          StrictTransportSecurity: Match.objectLike({ IncludeSubdomains: true, Override: true }),
          XSSProtection: { Protection: false, Override: true },
        },
      }),
    });
    const usesPolicy = { ResponseHeadersPolicyId: { Ref: policyId } };
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike(usesPolicy),
        CacheBehaviors: [Match.objectLike({ PathPattern: 'api/*', ...usesPolicy })],
      }),
    });
  });

  it('uploads nothing when the web app has not been built', () => {
    // Assess
    template.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('uploads the built web app and invalidates the distribution', () => {
    // Prepare
    const built = createTestApp({ webAssetsPath: builtWebApp() });

    // Act
    const withAssets = Template.fromStack(built.web);

    // Assess
    withAssets.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: Match.anyValue(),
      DistributionId: Match.anyValue(),
      DistributionPaths: ['/*'],
    });
  });

  it('outputs the site URL', () => {
    // Assess
    expect(Object.keys(template.findOutputs('SiteUrl'))).toEqual(['SiteUrl']);
  });
});
