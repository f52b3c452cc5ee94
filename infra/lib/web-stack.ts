import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { type SiteDomain, StaticSite } from './constructs/static-site.ts';

export interface WebStackProps extends StackProps {
  /** Host name of the HTTP API, proxied under `/api/*`. */
  apiDomainName: string;
  /** The built web app (`web/dist`); omit to synthesize without uploading anything. */
  webAssetsPath?: string;
  /** What CloudFront sends the API in `x-origin-verify` (see {@link StaticSiteProps.originSecret}). */
  originSecret: string;
  /** The CloudFront web ACL's ARN (context `webAclArn`, output of OpenLicenseEdge in us-east-1). */
  webAclArn?: string;
  /** Custom host names and their us-east-1 ACM certificate (contexts `siteDomains`, `certificateArn`). */
  domain?: SiteDomain;
}

/** The stateless front end: private bucket, CloudFront in front of it and of the API. */
export class WebStack extends Stack {
  readonly site: StaticSite;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    this.site = new StaticSite(this, 'Site', {
      apiDomainName: props.apiDomainName,
      assetsPath: props.webAssetsPath,
      originSecret: props.originSecret,
      webAclArn: props.webAclArn,
      domain: props.domain,
    });

    new CfnOutput(this, 'SiteUrl', {
      description: 'The marketplace, with the API under /api',
      value: `https://${this.site.distribution.distributionDomainName}`,
    });
  }
}
