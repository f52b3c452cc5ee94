import { Duration, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER } from '../../../packages/http/src/origin-verify-header.ts';
import { acknowledgeLibraryFunction, acknowledgeLibraryWildcards } from '../nag-acknowledgements.ts';
import { SecurityHeadersPolicy } from './security-headers-policy.ts';
import { SpaFallback } from './spa-fallback.ts';

export interface StaticSiteProps {
  /** Host name of the HTTP API (`<id>.execute-api.<region>.amazonaws.com`), served under `/api/*`. */
  apiDomainName: string;
  /** Folder with the built web app; when undefined nothing is uploaded (e.g. before the first build). */
  assetsPath?: string;
  /**
   * Sent by CloudFront to the API in `x-origin-verify` (a token resolving to a Secrets Manager secret): the
   * API refuses requests without it, so the execute-api endpoint cannot be used around this distribution.
   */
  originSecret: string;
  /** The CLOUDFRONT-scope web ACL (us-east-1) in front of the distribution; see EdgeProtectionStack. */
  webAclArn?: string;
  /** Custom host names with their ACM certificate (us-east-1); viewers then need TLS 1.2 or newer. */
  domain?: SiteDomain;
}

export interface SiteDomain {
  names: string[];
  certificateArn: string;
}

/**
 * The web app and the API behind one CloudFront host: the browser calls same-origin `/api`, so there
 * is no CORS to configure and no second domain to secure. The bucket is private and readable by this
 * distribution only (Origin Access Control).
 */
export class StaticSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);

    // CloudFront standard logs are delivered with ACLs, so this bucket must allow object ACLs
    // (BUCKET_OWNER_PREFERRED); server access logs of the site bucket land here too.
    this.logBucket = new s3.Bucket(this, 'LogBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3-access/',
    });

    const spaFallback = new SpaFallback(this, 'SpaFallback');
    // One policy for the site and the API, so the docs page and the app get the same CSP.
    const securityHeaders = new SecurityHeadersPolicy(this, 'SecurityHeaders').policy;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'openlicense web app and /api',
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // Edges in Asia (Hong Kong, Singapore, Tokyo…) are included from PRICE_CLASS_200 up.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      webAclId: props.webAclArn,
      ...(props.domain
        ? {
            domainNames: props.domain.names,
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [spaFallback.association],
      },
      additionalBehaviors: {
        'api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
            // CloudFront replaces a viewer's header of the same name, so only it can send this value.
            customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originSecret },
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          // Responses are per user; the Host header must be the API's own for API Gateway to route.
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: the marketplace serves users across mainland China and abroad (licensees).',
    });
    if (!props.domain)
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'This environment has no custom domain (contexts siteDomains and certificateArn), so viewers reach the ' +
          'default *.cloudfront.net certificate, whose TLS policy CloudFront fixes and no distribution setting can ' +
          'raise; with a domain, the distribution requires TLSv1.2_2021.',
      });
    if (!props.webAclArn)
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'A development synth without context webAclArn: no web ACL is attached here. A production synth ' +
          '(-c env=prod) refuses to synthesise without one (EdgeProtectionStack, us-east-1).',
      });

    if (props.assetsPath) {
      const deployment = new BucketDeployment(this, 'Deployment', {
        sources: [Source.asset(props.assetsPath)],
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ['/*'],
        memoryLimit: 512,
      });
      const purpose = 'CDK BucketDeployment handler, run only while deploying the web app';
      acknowledgeLibraryWildcards(
        deployment.handlerRole,
        `${purpose}: reads the CDK asset bucket, syncs (incl. deletes) the site bucket, invalidates CloudFront.`,
      );
      if (deployment.handlerRole.node.scope)
        acknowledgeLibraryFunction(deployment.handlerRole.node.scope, purpose);
    }
  }
}
