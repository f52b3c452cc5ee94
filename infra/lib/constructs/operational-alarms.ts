import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface OperationalAlarmsProps {
  /** Where alarm notifications go; without it, subscribe to the topic by other means. */
  notifyEmail?: string;
}

/**
 * Alarms that page on the first occurrence: in this system a 5xx, a function error or a throttle is a
 * bug or a capacity problem, never expected noise. All of them notify one SNS topic.
 */
export class OperationalAlarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps = {}) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { enforceSSL: true });
    if (props.notifyEmail) this.topic.addSubscription(new EmailSubscription(props.notifyEmail));
    this.action = new SnsAction(this.topic);
  }

  /** Alarms on any error and any throttle of `fn`. */
  watchFunction(id: string, fn: lambda.IFunction): this {
    this.alarmOnAny(`${id}Errors`, fn.metricErrors(), `${id}: the function failed`);
    this.alarmOnAny(`${id}Throttles`, fn.metricThrottles(), `${id}: the function was throttled`);
    return this;
  }

  /** Alarms on any 5xx returned by `api`. */
  watchHttpApi(id: string, api: apigwv2.HttpApi): this {
    this.alarmOnAny(`${id}ServerErrors`, api.metricServerError(), `${id}: the HTTP API returned a 5xx`);
    return this;
  }

  /** Alarms as soon as a message waits in `queue`, i.e. an event could not be processed. */
  watchDeadLetters(id: string, queue: sqs.IQueue): this {
    this.alarmOnAny(
      `${id}Messages`,
      queue.metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM }),
      `${id}: events failed and were set aside`,
    );
    return this;
  }

  private alarmOnAny(id: string, metric: cloudwatch.IMetric, description: string): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
  }
}
