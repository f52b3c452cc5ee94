import type { IndexDefinition, TableDefinition } from '@openlicense/store';
import { type DeployedIndex, deployedShapeOf, describeIndex, sameIndex } from './table-indexes.ts';

/**
 * One GSI change, which is all one CloudFormation stack update may do to a table. An index whose keys
 * or projection change cannot be altered in place: it is removed, then added again (two steps).
 */
export interface IndexStep {
  action: 'add' | 'remove';
  index: DeployedIndex;
  /** new: a name not deployed; dropped: a name no longer defined; replaced: same name, other keys or projection. */
  why: 'new' | 'dropped' | 'replaced';
}

/**
 * The steps from the deployed indexes to the desired ones, in the order to deploy them: new indexes
 * first (the running API does not read them yet, so adding is always safe), then replaced ones (remove,
 * then add), then dropped ones last (by then the API that no longer reads them is deployed).
 */
export const planIndexSteps = (
  deployed: readonly DeployedIndex[],
  desired: readonly DeployedIndex[],
): IndexStep[] => {
  const before = new Map(deployed.map((i) => [i.indexName, i]));
  const after = new Map(desired.map((i) => [i.indexName, i]));
  const steps: IndexStep[] = [];
  for (const index of desired) {
    if (!before.has(index.indexName)) steps.push({ action: 'add', index, why: 'new' });
  }
  for (const index of desired) {
    const old = before.get(index.indexName);
    if (old && !sameIndex(old, index)) {
      steps.push(
        { action: 'remove', index: old, why: 'replaced' },
        { action: 'add', index, why: 'replaced' },
      );
    }
  }
  for (const index of deployed) {
    if (!after.has(index.indexName)) steps.push({ action: 'remove', index, why: 'dropped' });
  }
  return steps;
};

/** The indexes after the given steps, deployed order kept and additions last. */
export const applyIndexSteps = (
  deployed: readonly DeployedIndex[],
  steps: readonly IndexStep[],
): DeployedIndex[] => {
  let indexes = [...deployed];
  for (const step of steps) {
    indexes =
      step.action === 'remove'
        ? indexes.filter((i) => i.indexName !== step.index.indexName)
        : [...indexes, step.index];
  }
  return indexes;
};

const toDefinition = (index: DeployedIndex): IndexDefinition => ({
  indexName: index.indexName,
  partitionKey: index.partitionKey,
  ...(index.sortKey ? { sortKey: index.sortKey } : {}),
});

/**
 * The table as one staged stack update leaves it: the deployed indexes plus the plan's next step only
 * (`-c gsiStep=next`). Without a record (nothing deployed yet) the table is created whole: CloudFormation
 * creates a new table with all its indexes at once.
 */
export const withNextIndexStep = (
  definition: TableDefinition,
  deployed: readonly DeployedIndex[] | undefined,
): TableDefinition => {
  if (!deployed) return definition;
  const steps = planIndexSteps(deployed, definition.globalIndexes.map(deployedShapeOf));
  return { ...definition, globalIndexes: applyIndexSteps(deployed, steps.slice(0, 1)).map(toDefinition) };
};

export interface TableRollout {
  /** The table definition id (`Main`). */
  tableId: string;
  steps: IndexStep[];
}

export interface RolloutPlanContext {
  /** The stateful stack to deploy step by step. */
  stackName: string;
  /** The record file as the operator types it (relative to the repository root). */
  recordFile: string;
  recordedAt: string;
  source: string;
}

const STEP_WORDS: Record<IndexStep['why'], string> = {
  new: '',
  replaced:
    ' — its keys or projection change: it is removed, then added again; queries on it fail between the two steps (a new name avoids that)',
  dropped: ' — only once the API that no longer reads it is deployed',
};

/**
 * The printed plan for changes CloudFormation would refuse in one update: which GSI to add or remove,
 * one per stack update, in order, and the commands that deploy and record each step.
 */
export const formatRolloutPlan = (rollouts: readonly TableRollout[], context: RolloutPlanContext): string => {
  const lines = [
    `GSI rollout guard: ${context.stackName} would change more than one global secondary index of a table in one stack update;`,
    'CloudFormation adds or removes only one GSI per table per update, so this deploy must be staged.',
    `Deployed (${context.recordFile}, recorded ${context.recordedAt} from ${context.source}) → synthesized:`,
  ];
  for (const { tableId, steps } of rollouts) {
    lines.push('', `Table ${tableId}: ${steps.length} changes, one stack update each, in this order:`);
    steps.forEach((step, i) => {
      lines.push(
        `  step ${i + 1} of ${steps.length}: ${step.action.padEnd(6)} ${describeIndex(step.index)}${STEP_WORDS[step.why]}`,
      );
    });
  }
  const record = context.recordFile === 'infra/deployed/table.json' ? '' : ` --record ${context.recordFile}`;
  const recordContext = record ? ` -c deployedTableRecord=${context.recordFile}` : '';
  lines.push(
    '',
    'For each step, in order (each command applies the next step only: the record plus one change):',
    `  npx cdk deploy ${context.stackName} -c gsiStep=next${recordContext}`,
    `  npm run deploy:record -- --table <TableName>${record}   # after the deploy has finished; reads the live table`,
    `  git commit -m "Deployed GSI step" -- ${context.recordFile}`,
    'When one step or none is left, npx cdk deploy --all deploys it with the API and web stacks (the guard passes).',
  );
  return lines.join('\n');
};

/** At most one GSI change per table: what one CloudFormation stack update can do. */
export const rolloutFitsOneUpdate = (rollouts: readonly TableRollout[]): boolean =>
  rollouts.every((r) => r.steps.length <= 1);
