import type { KeyAttribute, TableDefinition } from '@openlicense/store';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { MarketplaceTableRef } from './table-access.ts';

export interface MarketplaceTableProps {
  /** The shared definition also used by the local bootstrap, so keys and indexes cannot drift. */
  definition: TableDefinition;
}

const attribute = (key: KeyAttribute): dynamodb.Attribute => ({
  name: key.name,
  type: key.type === 'N' ? dynamodb.AttributeType.NUMBER : dynamodb.AttributeType.STRING,
});

/**
 * A DynamoDB table built from a {@link TableDefinition}, with the guarantees every marketplace table
 * needs: it holds evidence and quota counters, so it is never deleted by a stack operation and can be
 * restored to any second of the last 35 days.
 *
 * `Table` rather than `TableV2`: cdk-nag's PITR rule (AwsSolutions-DDB3) only inspects
 * `AWS::DynamoDB::Table`, so this choice keeps the guarantee checked rather than silently not applicable.
 *
 * @example
 * const main = new MarketplaceTable(this, MAIN_TABLE.id, { definition: MAIN_TABLE });
 */
export class MarketplaceTable extends Construct implements MarketplaceTableRef {
  readonly table: dynamodb.Table;
  /** Names of the global secondary indexes, each named after its access pattern. */
  readonly indexNames: readonly string[];

  constructor(scope: Construct, id: string, props: MarketplaceTableProps) {
    super(scope, id);
    const { definition } = props;
    this.indexNames = definition.globalIndexes.map((index) => index.indexName);

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      stream: dynamodb.StreamViewType[definition.stream],
      timeToLiveAttribute: definition.timeToLiveAttribute,
    });

    for (const index of definition.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
