import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';

/** How much of a table a function may touch; there is deliberately no "full" level. */
export type TableAccess = 'read' | 'readWrite';

/** A table together with the names of its indexes, so grants can name each index ARN. */
export interface MarketplaceTableRef {
  readonly table: dynamodb.ITable;
  readonly indexNames: readonly string[];
}

// Chosen here rather than through `table.grantReadWriteData`, which also grants Scan, DescribeTable
// and the stream actions GetRecords/GetShardIterator to every caller.
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
// ConditionCheckItem is what a TransactWriteItems condition on another item is authorised as.
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * The policy statements for `access` to `target`: reads on the table and each named index, writes on
 * the table only (indexes are not writable), Scan only for maintenance jobs.
 */
export const tableStatements = (
  target: MarketplaceTableRef,
  access: TableAccess,
  scan: boolean,
): iam.PolicyStatement[] => {
  const { tableArn } = target.table;
  const indexArns = target.indexNames.map((name) => `${tableArn}/index/${name}`);
  const statements = [
    new iam.PolicyStatement({
      actions: [...READ_ACTIONS, ...(scan ? ['dynamodb:Scan'] : [])],
      resources: [tableArn, ...indexArns],
    }),
  ];
  if (access === 'readWrite') {
    statements.push(new iam.PolicyStatement({ actions: WRITE_ACTIONS, resources: [tableArn] }));
  }
  return statements;
};
