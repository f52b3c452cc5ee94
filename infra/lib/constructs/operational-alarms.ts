import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface OperationalAlarmsProps {
  /** Where alarm notifications go; without it, subscribe to the topic by other means (a production synth requires it). */
  notifyEmail?: string;
}

/** A run whose longest invocation in 5 minutes reaches this share of the timeout is about to be cut off. */
export const DURATION_ALARM_SHARE = 0.8;

/** A stream consumer this far behind delays pushes noticeably (records are dropped at 6 h, `maxRecordAge`). */
export const ITERATOR_AGE_ALARM = Duration.minutes(10);

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

  /**
   * Alarms on any error and any throttle of `fn` (with reserved concurrency, a throttle means the reservation
   * is too small), and on an invocation lasting {@link DURATION_ALARM_SHARE} of `timeout` or longer.
   */
  watchFunction(id: string, fn: lambda.IFunction, timeout: Duration): this {
    this.alarmOnAny(`${id}Errors`, fn.metricErrors(), `${id}: the function failed`);
    this.alarmOnAny(`${id}Throttles`, fn.metricThrottles(), `${id}: the function was throttled`);
    const nearTimeout = Math.floor(timeout.toMilliseconds() * DURATION_ALARM_SHARE);
    this.alarm(`${id}DurationNearTimeout`, {
      metric: fn.metricDuration({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
      threshold: nearTimeout,
      evaluationPeriods: 1,
      alarmDescription: `${id}: an invocation took ${nearTimeout} ms or more, ${DURATION_ALARM_SHARE * 100}% of its ${timeout.toSeconds()} s timeout`,
    });
    return this;
  }

  /**
   * Alarms when the oldest record `fn` took from its stream was {@link ITERATOR_AGE_ALARM} old or older for
   * two 5-minute periods in a row: the consumer is falling behind the table's changes.
   */
  watchStreamConsumer(id: string, fn: lambda.IFunction): this {
    this.alarm(`${id}IteratorAge`, {
      metric: fn.metric('IteratorAge', { statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) }),
      threshold: ITERATOR_AGE_ALARM.toMilliseconds(),
      evaluationPeriods: 2,
      alarmDescription: `${id}: the stream consumer is ${ITERATOR_AGE_ALARM.toMinutes()} minutes or more behind the table`,
    });
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
    this.alarm(id, { metric, alarmDescription: description, threshold: 1, evaluationPeriods: 1 });
  }

  private alarm(
    id: string,
    props: Pick<cloudwatch.AlarmProps, 'metric' | 'alarmDescription' | 'threshold' | 'evaluationPeriods'>,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      ...props,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
  }
}
