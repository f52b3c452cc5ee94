import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { API_GROUPS } from '../../functions/api/src/api-groups.ts';
import { API_FUNCTIONS } from '../lib/paths.ts';
import { createTestApp } from './helpers/marketplace-app.ts';
import { allowedActions } from './helpers/policy-actions.ts';

const STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];

describe('ApiStack', () => {
  // Prepare
  const { api } = createTestApp({ alarmEmail: 'ops@example.com' });
  const template = Template.fromStack(api);
  /** The logical id of the API Gateway integration invoking `fn`. */
  const integrationOf = (fn: IFunction) => {
    const fnId = Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnElement);
    const [id] = Object.entries(template.findResources('AWS::ApiGatewayV2::Integration')).find(([, i]) =>
      JSON.stringify(i.Properties.IntegrationUri).includes(`"${fnId}"`),
    )!;
    return `"${id}"`;
  };

  describe('functions', () => {
    it('runs every function on Node.js 22 and arm64', () => {
      // Act
      const functions = Object.values(template.findResources('AWS::Lambda::Function'));

      // Assess
      // The API's six functions, spreadsheets and its reports, matcher, scheduler.
      expect(functions).toHaveLength(11);
      for (const fn of functions) {
        expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'] });
      }
    });

    it('gives every function source maps, the table name and its own log group with retention', () => {
      // Assess
      template.allResourcesProperties('AWS::Lambda::Function', {
        Environment: {
          Variables: Match.objectLike({ NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: Match.anyValue() }),
        },
        LoggingConfig: { LogGroup: Match.anyValue() },
        TracingConfig: { Mode: 'Active' },
      });
      template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    });

    it('configures every API function for Cognito', () => {
      // Act
      const cognito = Object.values(template.findResources('AWS::Lambda::Function')).filter(
        (fn) => fn.Properties.Environment?.Variables?.AUTH_MODE === 'cognito',
      );

      // Assess
      expect(
        cognito.map((fn) => fn.Properties.Description).filter((d) => d.startsWith('API: ')),
      ).toHaveLength(7);
      for (const fn of cognito)
        expect(fn.Properties.Environment.Variables).toMatchObject({
          USER_POOL_ID: expect.anything(),
          USER_POOL_CLIENT_ID: expect.anything(),
        });
    });
  });

  describe('pagination cursors', () => {
    it('gives the API and spreadsheets functions one generated cursor secret, and no other function', () => {
      // Act
      const secrets = Object.keys(
        template.findResources('AWS::SecretsManager::Secret', {
          Properties: { Description: 'HMAC key of the API pagination cursors' },
        }),
      );
      const withSecret = Object.values(template.findResources('AWS::Lambda::Function')).filter(
        (fn) => fn.Properties.Environment?.Variables?.CURSOR_SECRET !== undefined,
      );

      // Assess
      expect(secrets).toHaveLength(1);
      template.hasResourceProperties('AWS::SecretsManager::Secret', {
        GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      });
      expect(withSecret.map((fn) => fn.Properties.Description).sort()).toEqual([
        'API: brokered deals and events',
        'API: catalogue (patents, listings, disputes, stats, look-ups)',
        'API: demand and push (needs, authorisations, agents, matches, proposals, pushes, inbox)',
        'API: licences, confirmations and notifications',
        'API: market signals (demand for universities, unmet demand, field alerts, conversion needs)',
        'API: organisations, accounts, quotas, evidence, health and docs',
        'API: supply (declarations and bundles)',
        'Ledger templates, XLSX/CSV imports and XLSX exports',
        'XLSX reports: push evidence and the evaluation report',
      ]);
      for (const fn of withSecret)
        expect(JSON.stringify(fn.Properties.Environment.Variables.CURSOR_SECRET)).toContain(secrets[0]);
    });
  });

  describe('least privilege', () => {
    it.each(API_FUNCTIONS)('never grants a dynamodb wildcard nor Scan to the %s function', (name) => {
      // Act
      const actions = allowedActions(template, api.functions[name]);

      // Assess
      expect(actions).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']),
      );
      expect(actions.filter((action) => action.startsWith('dynamodb:') && action.includes('*'))).toEqual([]);
      expect(actions).not.toContain('dynamodb:Scan');
      expect(actions.filter((action) => STREAM_ACTIONS.includes(action))).toEqual([]);
    });

    it('lets only the accounts function (organisation approvals) sync memberships into the user pool', () => {
      // Act
      const cognito = (name: (typeof API_FUNCTIONS)[number]) =>
        allowedActions(template, api.functions[name]).filter((action) => action.startsWith('cognito-idp:'));

      // Assess
      expect(cognito('api-accounts').sort()).toEqual([
        'cognito-idp:AdminAddUserToGroup',
        'cognito-idp:AdminUpdateUserAttributes',
      ]);
      for (const name of API_FUNCTIONS.filter((n) => n !== 'api-accounts')) expect(cognito(name)).toEqual([]);
    });

    it('gives the scheduler no stream permissions', () => {
      // Act
      const actions = allowedActions(template, api.functions.scheduler);

      // Assess
      expect(actions).toContain('dynamodb:UpdateItem');
      expect(actions.filter((action) => STREAM_ACTIONS.includes(action))).toEqual([]);
    });

    it('lets only the matcher read the stream', () => {
      // Act
      const actions = allowedActions(template, api.functions.matcher);

      // Assess
      expect(actions).toEqual(expect.arrayContaining(STREAM_ACTIONS));
    });

    it('grants index queries on named index ARNs, never on "<table>/index/*"', () => {
      // Act
      const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));

      // Assess
      expect(policies).toContain('/index/orgsByStatus');
      expect(policies).not.toContain('/index/*');
    });
  });

  describe('matcher', () => {
    it('consumes the table stream with partial batch responses, bisection and a bounded retry', () => {
      // Assess
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: Match.anyValue(),
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 5,
        DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      });
    });

    it('sets failed events aside in an SSL-only queue', () => {
      // Assess
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });

  it('runs the full re-match at 01:00 and the nightly jobs at 02:00 Beijing time', () => {
    // Assess
    template.resourceCountIs('AWS::Events::Rule', 2);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 17 * * ? *)' });
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 18 * * ? *)' });
  });

  describe('HTTP API', () => {
    it('routes /api and every path no context claims to the accounts function', () => {
      // Assess
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /api' });
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /api/{proxy+}' });
    });

    it.each([
      ['catalogue', 'api-catalogue'],
      ['supply', 'api-supply'],
      ['demand', 'api-demand'],
      ['licensing', 'api-licensing'],
      ['deals', 'api-deals'],
      ['market', 'api-market'],
    ] as const)('routes the %s prefixes and exact paths to their own function', (group, name) => {
      // Act
      const fn = api.functions[name].function;
      const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route'))
        .filter((route) => JSON.stringify(route.Properties.Target).includes(integrationOf(fn)))
        .map((route) => route.Properties.RouteKey)
        .sort();

      // Assess
      const expected = [
        ...API_GROUPS[group].prefixes.flatMap((p) => [`ANY /api/${p}`, `ANY /api/${p}/{proxy+}`]),
        ...API_GROUPS[group].routes.map((r) => `ANY /api${r}`),
      ].sort();
      expect(routeKeys).toEqual(expected);
    });

    it('sends the spreadsheet routes (templates, imports, exports) to their own function', () => {
      // Assess
      for (const routeKey of [
        'GET /api/patents/template.xlsx',
        'POST /api/patents/import',
        'GET /api/patents/export.xlsx',
      ])
        template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey });
      expect(api.functions.spreadsheets).toBeDefined();
    });

    it('sends the report exports to a function of their own (each bundle under 300 KB)', () => {
      // Act
      const fn = api.functions['spreadsheet-reports'].function;
      const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route'))
        .filter((route) => JSON.stringify(route.Properties.Target).includes(integrationOf(fn)))
        .map((route) => route.Properties.RouteKey)
        .sort();

      // Assess
      expect(routeKeys).toEqual(['GET /api/pushes/evidence.xlsx', 'GET /api/reports/evaluation.xlsx']);
    });

    it('throttles and access-logs the default stage', () => {
      // Assess
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: {
          ThrottlingRateLimit: Match.anyValue(),
          ThrottlingBurstLimit: Match.anyValue(),
        },
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
      });
    });
  });

  describe('user pool', () => {
    it('signs in by email with a strong password policy and Plus threat protection', () => {
      // Assess
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        UsernameAttributes: ['email'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        MfaConfiguration: 'OPTIONAL',
        UserPoolTier: 'PLUS',
        DeletionProtection: 'ACTIVE',
      });
    });

    it('blocks risky sign-ins and compromised credentials: threat protection enforced (Plus plan)', () => {
      // Assess
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      });
      template.hasResourceProperties('AWS::Cognito::UserPoolRiskConfigurationAttachment', {
        ClientId: 'ALL',
        CompromisedCredentialsRiskConfiguration: {
          Actions: { EventAction: 'BLOCK' },
          EventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'],
        },
        AccountTakeoverRiskConfiguration: {
          Actions: Match.objectLike({ HighAction: { EventAction: 'BLOCK', Notify: false } }),
        },
      });
    });

    it('answers an unknown user as a wrong password, so sign-in does not reveal who is registered', () => {
      // Assess
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        PreventUserExistenceErrors: 'ENABLED',
      });
    });

    it('defines the orgId custom attribute, i.e. the custom:orgId claim', () => {
      // Assess
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        Schema: Match.arrayWith([
          Match.objectLike({ Name: 'orgId', AttributeDataType: 'String', Mutable: true }),
        ]),
      });
    });

    it.each(['admin', 'member'])('has the %s group', (groupName) => {
      // Assess
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: groupName });
    });

    it('has a secretless SRP client that cannot write custom:orgId', () => {
      // Assess
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: false,
        ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_SRP_AUTH']),
        ReadAttributes: Match.arrayWith(['custom:orgId']),
        WriteAttributes: Match.not(Match.arrayWith(['custom:orgId'])),
      });
    });
  });

  describe('alarms', () => {
    it.each(['Errors', 'Throttles'])('alarms on %s of each function', (metricName) => {
      // Act
      const alarms = template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { Namespace: 'AWS/Lambda', MetricName: metricName },
      });

      // Assess
      expect(Object.keys(alarms)).toHaveLength(11);
    });

    it('alarms on 5xx of the HTTP API and on failed events', () => {
      // Assess
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/ApiGateway',
        MetricName: '5xx',
      });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
      });
    });

    it('notifies an SSL-only topic, subscribed by the alarm email', () => {
      // Assess
      template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [Match.anyValue()] });
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: 'ops@example.com',
      });
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });
});
