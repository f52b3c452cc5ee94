import { Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface MarketplaceHttpApiProps {
  /**
   * The function answering `/api` and any path below it no other function is routed (see `routeTo`,
   * `routeGroupTo`); the Hono apps own validation and authorisation.
   */
  handler: lambda.IFunction;
  /** Steady-state requests per second across the stage. */
  rateLimit?: number;
  /** Requests allowed in a burst above the rate. */
  burstLimit?: number;
}

// HTTP API access-log variables (a subset of the REST API ones: no resourcePath, no caller).
// No authorizer claims: JWTs are verified in the app, and emails are personal data.
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    requestTime: '$context.requestTime',
    method: '$context.httpMethod',
    path: '$context.path',
    routeKey: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    userAgent: '$context.identity.userAgent',
  }),
);

/**
 * The HTTP API in front of the Hono app: only `/api` and below reach the function, through a
 * throttled `$default` stage that writes JSON access logs.
 */
export class MarketplaceHttpApi extends Construct {
  readonly httpApi: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: MarketplaceHttpApiProps) {
    super(scope, id);

    // The stage is declared below, because the implicit default stage cannot be throttled or logged.
    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'openlicense marketplace API',
      createDefaultStage: false,
    });

    const integration = new HttpLambdaIntegration('Api', props.handler);
    this.httpApi.addRoutes({ path: '/api', methods: [apigwv2.HttpMethod.ANY], integration });
    this.httpApi.addRoutes({ path: '/api/{proxy+}', methods: [apigwv2.HttpMethod.ANY], integration });
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorisation is per route inside the app: the catalogue of published listings is public, and every ' +
        'other route verifies the Cognito JWT (aws-jwt-verify) and checks role x organisation x ownership.',
    });

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.ONE_MONTH });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 100, burstLimit: props.burstLimit ?? 200 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
  }

  /**
   * Sends these exact routes to another function (API Gateway prefers them over `/api/{proxy+}`),
   * e.g. the spreadsheet routes, whose library is kept out of the API bundle.
   */
  routeTo(id: string, handler: lambda.IFunction, routes: readonly { method: string; path: string }[]): void {
    const integration = new HttpLambdaIntegration(id, handler);
    for (const route of routes)
      this.httpApi.addRoutes({
        path: `/api${route.path}`,
        methods: [route.method.toUpperCase() as apigwv2.HttpMethod],
        integration,
      });
  }

  /**
   * Sends `/api/<prefix>` and everything below it, and these exact paths (`/listings/{id}/matches`), to
   * another function: one bounded context of the API. API Gateway prefers an exact path over a greedy
   * one, so the exact paths (and the spreadsheet routes) win over a prefix they fall under.
   */
  routeGroupTo(
    id: string,
    handler: lambda.IFunction,
    group: { prefixes: readonly string[]; routes: readonly string[] },
  ): void {
    const integration = new HttpLambdaIntegration(id, handler);
    const paths = [
      ...group.prefixes.flatMap((prefix) => [`/api/${prefix}`, `/api/${prefix}/{proxy+}`]),
      ...group.routes.map((route) => `/api${route}`),
    ];
    for (const path of paths)
      this.httpApi.addRoutes({ path, methods: [apigwv2.HttpMethod.ANY], integration });
  }

  /** The execute-api host name, e.g. for a CloudFront origin. */
  get domainName(): string {
    return `${this.httpApi.apiId}.execute-api.${this.httpApi.stack.region}.${this.httpApi.stack.urlSuffix}`;
  }
}
