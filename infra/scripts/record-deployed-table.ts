import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createStoreClients, MAIN_TABLE } from '@openlicense/store';
import {
  type DeployedTableRecord,
  readDeployedTableRecord,
  recordPath,
  writeDeployedTableRecord,
} from '../lib/gsi-rollout/deployed-table-record.ts';
import {
  type DeployedIndex,
  describeIndex,
  indexesOfTable,
  indexesOfTemplate,
} from '../lib/gsi-rollout/table-indexes.ts';
import { REPO_ROOT } from '../lib/paths.ts';

/**
 * `npm run deploy:record` — after a deploy, writes what the table now has (its GSIs) to the record the
 * GSI rollout guard compares the next synth with (infra/deployed/table.json); commit it.
 *
 *   npm run deploy:record -- --table <TableName> [--region cn-north-1]   # the live table (DescribeTable)
 *   npm run deploy:record -- --synth [--gsi-step next]                  # what that synth deploys (offline)
 *
 * `--table-id` (default Main) names the table definition, `--record` another record file, `--endpoint`
 * another DynamoDB endpoint (DynamoDB Local).
 */
const { values } = parseArgs({
  options: {
    table: { type: 'string' },
    'table-id': { type: 'string', default: MAIN_TABLE.id },
    region: { type: 'string' },
    endpoint: { type: 'string' },
    synth: { type: 'boolean', default: false },
    'gsi-step': { type: 'string' },
    record: { type: 'string' },
  },
});

const fromLiveTable = async (tableName: string): Promise<DeployedIndex[]> => {
  const { raw } = createStoreClients({ endpoint: values.endpoint, region: values.region });
  const { Table } = await raw.send(new DescribeTableCommand({ TableName: tableName }));
  if (!Table) throw new Error(`DescribeTable ${tableName} answered no table`);
  const pending = (Table.GlobalSecondaryIndexes ?? []).filter(
    (i) => i.IndexStatus && i.IndexStatus !== 'ACTIVE',
  );
  if (pending.length > 0) {
    throw new Error(
      `index ${pending.map((i) => `${i.IndexName} is ${i.IndexStatus}`).join(', ')}: record once the deploy has finished`,
    );
  }
  return indexesOfTable(Table);
};

const fromSynth = async (tableId: string): Promise<DeployedIndex[]> => {
  // Loaded here: reading the live table needs none of the CDK.
  const { App } = await import('aws-cdk-lib');
  const { DataStack } = await import('../lib/data-stack.ts');
  const { dataStackTables } = await import('../lib/gsi-rollout/rollout-guard.ts');
  const cdkJson = JSON.parse(readFileSync(`${REPO_ROOT}/cdk.json`, 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({
    context: {
      ...cdkJson.context,
      ...(values['gsi-step'] ? { gsiStep: values['gsi-step'] } : {}),
      ...(values.record ? { deployedTableRecord: values.record } : {}),
    },
  });
  const data = new DataStack(app, 'OpenLicenseData');
  const table = dataStackTables(data).find((t) => t.id === tableId);
  if (!table) throw new Error(`no table definition "${tableId}"`);
  return indexesOfTemplate(app.synth().getStackByName(data.stackName).template, table.logicalId);
};

async function main() {
  const tableId = values['table-id'] ?? MAIN_TABLE.id;
  if (!values.table && !values.synth)
    throw new Error('say where to read the table from: --table <TableName> or --synth');
  const indexes = values.table ? await fromLiveTable(values.table) : await fromSynth(tableId);
  const path = recordPath(values.record);
  const previous = readDeployedTableRecord(path);
  const record: DeployedTableRecord = {
    recordedAt: new Date().toISOString(),
    source: values.table
      ? `DescribeTable ${values.table}`
      : `synth${values['gsi-step'] ? ` -c gsiStep=${values['gsi-step']}` : ''}`,
    tables: {
      ...previous?.tables,
      [tableId]: { ...(values.table ? { tableName: values.table } : {}), globalSecondaryIndexes: indexes },
    },
  };
  writeDeployedTableRecord(record, path);
  console.log(`recorded ${indexes.length} indexes of ${tableId} in ${path} (${record.source}):`);
  for (const index of indexes) console.log(`  ${describeIndex(index)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
