import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MAIN_TABLE } from '@openlicense/store';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { DataStack } from '../lib/data-stack.ts';
import {
  DEFAULT_RECORD_PATH,
  type DeployedTableRecord,
  readDeployedTableRecord,
  writeDeployedTableRecord,
} from '../lib/gsi-rollout/deployed-table-record.ts';
import { enforceIndexRollout, IndexRolloutError } from '../lib/gsi-rollout/enforce-index-rollout.ts';
import { dataStackTables, guardIndexRollout } from '../lib/gsi-rollout/rollout-guard.ts';
import { type DeployedIndex, deployedShapeOf, indexesOfTemplate } from '../lib/gsi-rollout/table-indexes.ts';
import { REPO_ROOT } from '../lib/paths.ts';
import { cdkJsonContext, createTestApp } from './helpers/marketplace-app.ts';

const run = promisify(execFile);

describe('GSI rollout guard (one GSI change per table per stack update)', () => {
  // Prepare: the data stack exactly as `cdk deploy` synthesizes it, and its Main table's indexes.
  const { data } = createTestApp();
  const template = Template.fromStack(data).toJSON();
  const tables = dataStackTables(data);
  const mainLogicalId = tables.find((t) => t.id === MAIN_TABLE.id)?.logicalId ?? '';
  const synthesized = indexesOfTemplate(template, mainLogicalId);
  const dir = mkdtempSync(join(tmpdir(), 'gsi-rollout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const recordOf = (indexes: DeployedIndex[]): DeployedTableRecord => ({
    recordedAt: '2026-12-01T00:00:00.000Z',
    source: 'DescribeTable openlicense-main',
    tables: { [MAIN_TABLE.id]: { tableName: 'openlicense-main', globalSecondaryIndexes: indexes } },
  });
  const guard = (record: DeployedTableRecord | undefined) =>
    guardIndexRollout({
      stackName: data.stackName,
      template,
      tables,
      record,
      recordFile: 'infra/deployed/table.json',
    });
  const without = (...names: string[]) => synthesized.filter((i) => !names.includes(i.indexName));
  const [first, second, third] = synthesized.map((i) => i.indexName) as [string, string, string];

  it('passes for the repository as it is: the synthesized table is at most one GSI change from the record', () => {
    // Act
    const result = guard(readDeployedTableRecord(DEFAULT_RECORD_PATH));

    // Assess
    expect(result.ok, result.report).toBe(true);
  });

  it('reads every defined index, with its keys and projection, from the synthesized template', () => {
    // Assess
    expect(synthesized.map((i) => i.indexName)).toEqual(MAIN_TABLE.globalIndexes.map((i) => i.indexName));
    // The same shape the live table's record has (test/integration/deploy-record.test.ts): no false changes.
    expect(synthesized).toEqual(MAIN_TABLE.globalIndexes.map(deployedShapeOf));
    expect(synthesized[0]).toEqual({
      indexName: first,
      partitionKey: { name: `${first}Pk`, type: 'S' },
      sortKey: { name: `${first}Sk`, type: 'S' },
      projection: { type: 'ALL' },
    });
  });

  it('fails on a two-index change with the plan: both indexes, one stack update each, in order, with the commands', () => {
    // Act
    const result = guard(recordOf(without(second, third)));

    // Assess
    expect(result.ok).toBe(false);
    expect(result.report).toContain(`Table ${MAIN_TABLE.id}: 2 changes, one stack update each`);
    expect(result.report).toMatch(
      new RegExp(`step 1 of 2: add +${second} \\(${second}Pk S, ${second}Sk S; projection ALL\\)`),
    );
    expect(result.report).toMatch(new RegExp(`step 2 of 2: add +${third} `));
    expect(result.report).toContain('npx cdk deploy OpenLicenseData -c gsiStep=next');
    expect(result.report).toContain('npm run deploy:record -- --table <TableName>');
    expect(result.report).toContain('recorded 2026-12-01T00:00:00.000Z from DescribeTable openlicense-main');
  });

  it('passes a one-index change and says which', () => {
    // Act
    const result = guard(recordOf(without(second)));

    // Assess
    expect(result.ok).toBe(true);
    expect(result.report).toContain(`${MAIN_TABLE.id}: add ${second}`);
  });

  it('passes when nothing changes', () => {
    // Act
    const result = guard(recordOf(synthesized));

    // Assess
    expect(result).toMatchObject({ ok: true, rollouts: [{ tableId: MAIN_TABLE.id, steps: [] }] });
    expect(result.report).toContain('no index change');
  });

  it('passes a first deploy (no record): a new table is created with all its indexes at once', () => {
    // Assess
    expect(guard(undefined).ok).toBe(true);
  });

  it('counts an index whose keys change as two steps (remove, then add) and orders new, replaced, dropped', () => {
    // Prepare: the deployed table has an index since dropped, and `first` with another sort key.
    const dropped: DeployedIndex = {
      indexName: 'listingsByPriceType',
      partitionKey: { name: 'listingsByPriceTypePk', type: 'S' },
      projection: { type: 'KEYS_ONLY' },
    };
    const changed = { ...synthesized[0]!, sortKey: { name: `${first}Sk`, type: 'N' as const } };
    const deployed = [changed, ...without(first, second), dropped];

    // Act
    const result = guard(recordOf(deployed));

    // Assess
    expect(result.ok).toBe(false);
    expect(result.rollouts[0]?.steps.map((s) => `${s.action} ${s.index.indexName}`)).toEqual([
      `add ${second}`,
      `remove ${first}`,
      `add ${first}`,
      'remove listingsByPriceType',
    ]);
    expect(result.report).toContain(
      `step 2 of 4: remove ${first} (${first}Pk S, ${first}Sk N; projection ALL)`,
    );
    expect(result.report).toContain('removed, then added again');
    expect(result.report).toContain(
      'step 4 of 4: remove listingsByPriceType (listingsByPriceTypePk S; projection KEYS_ONLY)',
    );
  });

  it('stages a deploy with -c gsiStep=next: the record plus the next step only, until the record catches up', () => {
    // Prepare: a record two indexes behind.
    const file = join(dir, 'two-behind.json');
    writeDeployedTableRecord(recordOf(without(second, third)), file);
    const stagedIndexes = () => {
      const app = new App({ context: { ...cdkJsonContext(), gsiStep: 'next', deployedTableRecord: file } });
      const stack = new DataStack(app, 'OpenLicenseData');
      const id = dataStackTables(stack).find((t) => t.id === MAIN_TABLE.id)?.logicalId ?? '';
      return indexesOfTemplate(Template.fromStack(stack).toJSON(), id);
    };

    // Act: step 1, recorded; then step 2.
    const afterStep1 = stagedIndexes();
    writeDeployedTableRecord(recordOf(afterStep1), file);
    const afterStep2 = stagedIndexes();

    // Assess
    expect(afterStep1.map((i) => i.indexName)).toEqual([
      ...without(second, third).map((i) => i.indexName),
      second,
    ]);
    expect(guard(recordOf(afterStep1)).ok).toBe(true);
    expect(new Set(afterStep2.map((i) => i.indexName))).toEqual(new Set(synthesized.map((i) => i.indexName)));
  });

  it('refuses `cdk synth` (bin/app.ts) with the plan when the record is two indexes behind, unless -c gsiGuard=off', () => {
    // Prepare
    const file = join(dir, 'synth-two-behind.json');
    writeDeployedTableRecord(recordOf(without(second, third)), file);
    const appWith = (context: Record<string, string>) => {
      const app = new App({ context: { ...cdkJsonContext(), deployedTableRecord: file, ...context } });
      return { app, stack: new DataStack(app, 'OpenLicenseData') };
    };

    // Act
    const refused = appWith({});
    const off = appWith({ gsiGuard: 'off' });
    const staged = appWith({ gsiStep: 'next' });

    // Assess
    expect(() => enforceIndexRollout(refused.app, refused.stack)).toThrow(IndexRolloutError);
    expect(() => enforceIndexRollout(refused.app, refused.stack)).toThrow(/step 2 of 2: add +/);
    expect(enforceIndexRollout(off.app, off.stack)).toBeUndefined();
    expect(enforceIndexRollout(staged.app, staged.stack)?.ok).toBe(true);
  });

  it('npm run deploy:record -- --synth writes what a staged synth deploys, keeping the record parseable', async () => {
    // Prepare
    const file = join(dir, 'script.json');
    writeDeployedTableRecord(recordOf(without(second, third)), file);

    // Act
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'infra/scripts/record-deployed-table.ts',
        '--synth',
        '--gsi-step',
        'next',
        '--record',
        file,
      ],
      { cwd: REPO_ROOT },
    );

    // Assess
    const record = readDeployedTableRecord(file);
    expect(record?.source).toBe('synth -c gsiStep=next');
    expect(record?.tables[MAIN_TABLE.id]?.globalSecondaryIndexes.map((i) => i.indexName)).toContain(second);
    expect(record?.tables[MAIN_TABLE.id]?.globalSecondaryIndexes.map((i) => i.indexName)).not.toContain(
      third,
    );
    expect(stdout).toContain(`recorded ${synthesized.length - 1} indexes of ${MAIN_TABLE.id}`);
  });
});
