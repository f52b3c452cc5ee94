import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/marketplace-app.ts';

describe('observability settings', () => {
  // Prepare
  const { api } = createTestApp({ alarmEmail: 'ops@example.com' });
  const template = Template.fromStack(api);

  it('gives every function its service name, the OpenLicense metric namespace and INFO logs', () => {
    // Assess
    template.allResourcesProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: Match.stringLikeRegexp('.+'),
          POWERTOOLS_METRICS_NAMESPACE: 'OpenLicense',
          POWERTOOLS_LOG_LEVEL: 'INFO',
        }),
      },
    });
  });

  it('names each function’s service apart, so its logs and metrics are told apart', () => {
    // Act
    const names = Object.values(template.findResources('AWS::Lambda::Function')).map(
      (fn) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME,
    );

    // Assess
    expect(new Set(names).size).toBe(names.length);
  });
});
