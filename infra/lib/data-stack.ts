import { MAIN_TABLE, TABLES } from '@openlicense/store';
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { MarketplaceTable } from './constructs/marketplace-table.ts';
import { readDeployedTableRecord, recordPath } from './gsi-rollout/deployed-table-record.ts';
import { withNextIndexStep } from './gsi-rollout/rollout-plan.ts';

/**
 * The stateful stack: every table from the shared definitions. Kept apart from the stateless stacks
 * so that those can be destroyed and recreated freely while the data stays.
 */
export class DataStack extends Stack {
  /** Every table, by its definition id. */
  readonly tables: ReadonlyMap<string, MarketplaceTable>;
  /** The single-table-design table whose stream drives matching. */
  readonly mainTable: MarketplaceTable;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // `-c gsiStep=next`: a staged deploy applies only the next GSI change to the recorded table (README, Deploy).
    const staged = this.node.tryGetContext('gsiStep') === 'next';
    const record = staged
      ? readDeployedTableRecord(recordPath(this.node.tryGetContext('deployedTableRecord')))
      : undefined;
    const tables = new Map<string, MarketplaceTable>();
    for (const shared of TABLES) {
      const definition = staged
        ? withNextIndexStep(shared, record?.tables[shared.id]?.globalSecondaryIndexes)
        : shared;
      tables.set(definition.id, new MarketplaceTable(this, definition.id, { definition }));
    }
    this.tables = tables;

    const main = tables.get(MAIN_TABLE.id);
    if (!main) throw new Error(`TABLES must include the main table "${MAIN_TABLE.id}"`);
    this.mainTable = main;
  }
}
