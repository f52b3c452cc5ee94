import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import type { DeployedIndex } from './table-indexes.ts';

/**
 * What the last deploy left in AWS, per table definition id (`Main`): its GSIs. Written by
 * `npm run deploy:record` after each deploy and committed, so the next synth can tell how many index
 * changes it asks CloudFormation for (one GSI per stack update is all CloudFormation does).
 */
export interface DeployedTableRecord {
  recordedAt: string;
  /** Where the figures came from: `DescribeTable <name>` or `synth`. */
  source: string;
  tables: Record<string, { tableName?: string; globalSecondaryIndexes: DeployedIndex[] }>;
}

/** The committed record of the one deployed environment, unless CDK context `deployedTableRecord` names another. */
export const DEFAULT_RECORD_PATH = resolve(REPO_ROOT, 'infra/deployed/table.json');

/** A context or command-line path, relative to the repository root. */
export const recordPath = (path: string | undefined): string =>
  !path ? DEFAULT_RECORD_PATH : isAbsolute(path) ? path : resolve(REPO_ROOT, path);

const isKey = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { name?: unknown }).name === 'string' &&
  ['S', 'N'].includes((v as { type?: unknown }).type as string);

const checkIndex = (v: unknown, where: string): DeployedIndex => {
  const index = v as Partial<DeployedIndex>;
  if (
    typeof index?.indexName !== 'string' ||
    !isKey(index.partitionKey) ||
    (index.sortKey !== undefined && !isKey(index.sortKey)) ||
    !['ALL', 'KEYS_ONLY', 'INCLUDE'].includes(index.projection?.type as string)
  ) {
    throw new Error(`${where}: not an index (indexName, partitionKey {name, type}, projection {type})`);
  }
  return index as DeployedIndex;
};

/** Parses a record, naming the first thing that is wrong with it. */
export const parseDeployedTableRecord = (
  json: string,
  where = 'deployed table record',
): DeployedTableRecord => {
  const raw = JSON.parse(json) as Partial<DeployedTableRecord>;
  if (
    typeof raw.recordedAt !== 'string' ||
    typeof raw.source !== 'string' ||
    typeof raw.tables !== 'object'
  ) {
    throw new Error(`${where}: needs recordedAt, source and tables`);
  }
  const tables: DeployedTableRecord['tables'] = {};
  for (const [id, table] of Object.entries(raw.tables ?? {})) {
    if (!Array.isArray(table?.globalSecondaryIndexes)) {
      throw new Error(`${where}: tables.${id}.globalSecondaryIndexes is not a list`);
    }
    tables[id] = {
      ...(table.tableName ? { tableName: table.tableName } : {}),
      globalSecondaryIndexes: table.globalSecondaryIndexes.map((index, i) =>
        checkIndex(index, `${where}: tables.${id}.globalSecondaryIndexes.${i}`),
      ),
    };
  }
  return { recordedAt: raw.recordedAt, source: raw.source, tables };
};

/** The record at `path`, or undefined when nothing has been recorded (no stack deployed yet). */
export const readDeployedTableRecord = (
  path: string = DEFAULT_RECORD_PATH,
): DeployedTableRecord | undefined =>
  existsSync(path) ? parseDeployedTableRecord(readFileSync(path, 'utf8'), path) : undefined;

export const writeDeployedTableRecord = (
  record: DeployedTableRecord,
  path: string = DEFAULT_RECORD_PATH,
): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
};
