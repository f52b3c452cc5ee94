import type { App } from 'aws-cdk-lib';
import type { DataStack } from '../data-stack.ts';
import { readDeployedTableRecord, recordPath } from './deployed-table-record.ts';
import { dataStackTables, guardIndexRollout, type RolloutGuardResult } from './rollout-guard.ts';

/** Thrown by `cdk synth` / `cdk deploy` when a stack update would change more than one GSI of a table. */
export class IndexRolloutError extends Error {
  constructor(readonly result: RolloutGuardResult) {
    super(result.report);
    this.name = 'IndexRolloutError';
  }
}

/**
 * Synthesizes the app and refuses it (with the staged plan) when the data stack's template is more
 * than one GSI change per table away from the record of the last deploy: `cdk deploy` would fail in
 * CloudFormation half-way otherwise. `-c gsiGuard=off` skips it, for an environment whose table does
 * not exist yet (a new table is created with all its indexes at once).
 */
export const enforceIndexRollout = (app: App, data: DataStack): RolloutGuardResult | undefined => {
  if (app.node.tryGetContext('gsiGuard') === 'off') return undefined;
  const recordFile = app.node.tryGetContext('deployedTableRecord') ?? 'infra/deployed/table.json';
  const template = app.synth().getStackByName(data.stackName).template;
  const result = guardIndexRollout({
    stackName: data.stackName,
    template,
    tables: dataStackTables(data),
    record: readDeployedTableRecord(recordPath(recordFile)),
    recordFile,
  });
  if (!result.ok) throw new IndexRolloutError(result);
  return result;
};
