import type { CfnElement } from 'aws-cdk-lib';
import type { DataStack } from '../data-stack.ts';
import type { DeployedTableRecord } from './deployed-table-record.ts';
import {
  formatRolloutPlan,
  planIndexSteps,
  rolloutFitsOneUpdate,
  type TableRollout,
} from './rollout-plan.ts';
import { indexesOfTemplate } from './table-indexes.ts';

export interface RolloutGuardInput {
  stackName: string;
  /** The data stack's synthesized CloudFormation template. */
  template: { Resources?: Record<string, { Type?: string; Properties?: unknown }> };
  /** Each table's definition id and the logical id of its `AWS::DynamoDB::Table` in the template. */
  tables: readonly { id: string; logicalId: string }[];
  record: DeployedTableRecord | undefined;
  recordFile: string;
}

export interface RolloutGuardResult {
  /** At most one GSI change per table: one stack update can deploy it. */
  ok: boolean;
  rollouts: TableRollout[];
  /** The plan when not ok; otherwise one line saying what the update changes. */
  report: string;
}

/**
 * Compares the synthesized tables with the record of the last deploy and, when one stack update would
 * change more than one GSI of a table, says how to stage it. A table the record does not hold (nothing
 * deployed yet) is created whole, which CloudFormation does in one update.
 */
export const guardIndexRollout = (input: RolloutGuardInput): RolloutGuardResult => {
  const { record } = input;
  if (!record) {
    return {
      ok: true,
      rollouts: [],
      report: `GSI rollout guard: no deploy recorded in ${input.recordFile}; a first deploy creates each table with all its indexes. Run npm run deploy:record after it.`,
    };
  }
  const rollouts = input.tables.flatMap(({ id, logicalId }) => {
    const deployed = record.tables[id]?.globalSecondaryIndexes;
    if (!deployed) return [];
    return [{ tableId: id, steps: planIndexSteps(deployed, indexesOfTemplate(input.template, logicalId)) }];
  });
  const ok = rolloutFitsOneUpdate(rollouts);
  const changes = rollouts
    .filter((r) => r.steps.length > 0)
    .map((r) => `${r.tableId}: ${r.steps[0]?.action} ${r.steps[0]?.index.indexName}`);
  const report = ok
    ? `GSI rollout guard: ${changes.length === 0 ? 'no index change' : changes.join('; ')} against ${input.recordFile} — fits one stack update.`
    : formatRolloutPlan(
        rollouts.filter((r) => r.steps.length > 1),
        {
          stackName: input.stackName,
          recordFile: input.recordFile,
          recordedAt: record.recordedAt,
          source: record.source,
        },
      );
  return { ok, rollouts, report };
};

/** The data stack's tables with the logical ids their resources have in its template. */
export const dataStackTables = (data: DataStack): { id: string; logicalId: string }[] =>
  [...data.tables].map(([id, table]) => ({
    id,
    logicalId: data.getLogicalId(table.table.node.defaultChild as CfnElement),
  }));
