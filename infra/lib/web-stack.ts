import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { StaticSite } from './constructs/static-site.ts';

export interface WebStackProps extends StackProps {
  /** Host name of the HTTP API, proxied under `/api/*`. */
  apiDomainName: string;
  /** The built web app (`web/dist`); omit to synthesize without uploading anything. */
  webAssetsPath?: string;
}

/** The stateless front end: private bucket, CloudFront in front of it and of the API. */
export class WebStack extends Stack {
  readonly site: StaticSite;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    this.site = new StaticSite(this, 'Site', {
      apiDomainName: props.apiDomainName,
      assetsPath: props.webAssetsPath,
    });

    new CfnOutput(this, 'SiteUrl', {
      description: 'The marketplace, with the API under /api',
      value: `https://${this.site.distribution.distributionDomainName}`,
    });
  }
}
