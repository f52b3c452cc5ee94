/**
 * The one description of every DynamoDB table, read by the CDK data stack and by the local
 * bootstrap alike, so the two can never drift. Plain data: no CDK and no SDK imports here.
 */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDefinition {
  /** Named after the access pattern it serves. */
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
}

export interface TableDefinition {
  /** Logical id (CDK construct id) and the suffix of the local table name. */
  id: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalIndexes: IndexDefinition[];
  /** Attribute holding an epoch-seconds expiry. */
  timeToLiveAttribute: string;
  stream: 'NEW_AND_OLD_IMAGES';
}

const s = (name: string): KeyAttribute => ({ name, type: 'S' });

/** One index per access pattern; each index owns its own key attributes, named after it. */
const index = (indexName: string): IndexDefinition => ({
  indexName,
  partitionKey: s(`${indexName}Pk`),
  sortKey: s(`${indexName}Sk`),
});

export const INDEX = {
  /** The IP office's review queue: organisations by status, oldest application first. */
  orgsByStatus: 'orgsByStatus',
  /** Members of an organisation, by email. */
  usersByOrg: 'usersByOrg',
} as const;

export const MAIN_TABLE: TableDefinition = {
  id: 'Main',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  globalIndexes: [index(INDEX.orgsByStatus), index(INDEX.usersByOrg)],
  timeToLiveAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
};

export const TABLES: readonly TableDefinition[] = [MAIN_TABLE];
