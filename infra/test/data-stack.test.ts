import { MAIN_TABLE, TABLES } from '@openlicense/store';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './helpers/marketplace-app.ts';

describe('DataStack', () => {
  // Prepare
  const { data } = createTestApp();
  const template = Template.fromStack(data);

  it('creates one table per shared definition', () => {
    // Assess
    template.resourceCountIs('AWS::DynamoDB::Table', TABLES.length);
  });

  it.each(TABLES.map((definition) => [definition.id, definition] as const))(
    'gives table %s on-demand billing, PITR, deletion protection, the stream and TTL',
    (_id, definition) => {
      // Assess
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
      });
    },
  );

  it.each(TABLES.flatMap((t) => t.globalIndexes.map((index) => [index.indexName, index] as const)))(
    'creates the global index %s with its own key attributes',
    (indexName, index) => {
      // Assess
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        GlobalSecondaryIndexes: Match.arrayWith([
          Match.objectLike({
            IndexName: indexName,
            KeySchema: [
              { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
              ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' }] : []),
            ],
            Projection: { ProjectionType: 'ALL' },
          }),
        ]),
      });
    },
  );

  it('retains every table on delete and on replacement', () => {
    // Act
    const tables = Object.values(template.findResources('AWS::DynamoDB::Table'));

    // Assess
    expect(tables).not.toHaveLength(0);
    for (const table of tables) {
      expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });

  it('hard-codes no physical table name', () => {
    // Assess
    template.allResourcesProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
  });

  it('exposes the main table with its index names for grants', () => {
    // Assess
    expect(data.mainTable.indexNames).toEqual(MAIN_TABLE.globalIndexes.map((index) => index.indexName));
  });
});
