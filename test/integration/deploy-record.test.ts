import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MAIN_TABLE } from '@openlicense/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeployedTableRecord } from '../../infra/lib/gsi-rollout/deployed-table-record.ts';
import { planIndexSteps } from '../../infra/lib/gsi-rollout/rollout-plan.ts';
import { deployedShapeOf } from '../../infra/lib/gsi-rollout/table-indexes.ts';
import { REPO_ROOT } from '../../infra/lib/paths.ts';
import { createTestTable, type TestTable } from '../support/test-table.ts';

const run = promisify(execFile);

/**
 * `npm run deploy:record -- --table <name>` reads the live table (DescribeTable), here DynamoDB Local's
 * table made from the same definitions the stack deploys: the record must read as "no change" to the GSI
 * rollout guard, or every deploy after it would look like an index change.
 */
describe('npm run deploy:record -- --table (DescribeTable on DynamoDB Local)', () => {
  let table: TestTable;
  const dir = mkdtempSync(join(tmpdir(), 'deploy-record-'));

  beforeAll(async () => {
    table = await createTestTable();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records every index of the live table, with keys and projection, as the guard reads the synthesized one', async () => {
    // Prepare
    const file = join(dir, 'table.json');

    // Act
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'infra/scripts/record-deployed-table.ts',
        '--table',
        table.tableName,
        '--endpoint',
        table.endpoint,
        '--record',
        file,
      ],
      { cwd: REPO_ROOT },
    );

    // Assess
    const record = readDeployedTableRecord(file);
    const indexes = record?.tables[MAIN_TABLE.id]?.globalSecondaryIndexes ?? [];
    const desired = MAIN_TABLE.globalIndexes.map(deployedShapeOf);
    expect(record?.source).toBe(`DescribeTable ${table.tableName}`);
    expect(record?.tables[MAIN_TABLE.id]?.tableName).toBe(table.tableName);
    expect([...indexes].sort((a, b) => a.indexName.localeCompare(b.indexName))).toEqual(
      [...desired].sort((a, b) => a.indexName.localeCompare(b.indexName)),
    );
    expect(planIndexSteps(indexes, desired)).toEqual([]);
    expect(stdout).toContain(`recorded ${desired.length} indexes of ${MAIN_TABLE.id}`);
  });
});
