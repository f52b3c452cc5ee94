import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledgeLibraryFunction, acknowledgeLibraryWildcards } from '../nag-acknowledgements.ts';
import { SecurityHeadersPolicy } from './security-headers-policy.ts';
import { SpaFallback } from './spa-fallback.ts';

export interface StaticSiteProps {
  /** Host name of the HTTP API (`<id>.execute-api.<region>.amazonaws.com`), served under `/api/*`. */
  apiDomainName: string;
  /** Folder with the built web app; when undefined nothing is uploaded (e.g. before the first build). */
  assetsPath?: string;
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

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, which cannot pin TLS 1.2; a custom ' +
          'domain with an ACM certificate and TLSv1.2_2021 is attached per environment.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: the marketplace serves users across mainland China and abroad (licensees).',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'WAF is attached per environment (a web ACL must live in us-east-1 and has a monthly cost); the API is ' +
          'throttled at the HTTP API stage meanwhile.',
      },
    );

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
