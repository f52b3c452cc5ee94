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
  // ── organisations and users ──
  /** The IP office's review queue: organisations by status, oldest application first. */
  orgsByStatus: 'orgsByStatus',
  /** Members of an organisation, by email. */
  usersByOrg: 'usersByOrg',
  // ── supply: patent ledger (issue 3) ──
  /** An organisation's patent ledger (专利台账), by patent number. */
  patentsByHolder: 'patentsByHolder',
  // ── supply: declarations / listings (issue 3) ──
  /** An organisation's declarations, by status then recency. */
  listingsByOrg: 'listingsByOrg',
  /** Declarations in one status (review queue: submitted; catalogue: published), by recency. */
  listingsByStatus: 'listingsByStatus',
  /** Published declarations by the date they lapse, for the expiry job. */
  listingsByExpiry: 'listingsByExpiry',
  // ── demand: technology needs (issue 4) ──
  /** An enterprise's need ledger (技术需求台账), newest first. */
  needsByOwner: 'needsByOwner',
  /** Needs an agency or park collected, newest first. */
  needsByCollector: 'needsByCollector',
  /** Authorisations an agency or park holds from enterprises. */
  authorisationsByAgent: 'authorisationsByAgent',
  // ── matching and precise push (issue 5) ──
  /** A need's matches, best first. */
  matchesByNeed: 'matchesByNeed',
  /** A listing's (or bundle's) matches, best first. */
  matchesByListing: 'matchesByListing',
  /** A broker's proposals in one status, best first. */
  proposalsByBroker: 'proposalsByBroker',
  /** An enterprise's inbox of delivered pushes, newest first. */
  pushesByEnterprise: 'pushesByEnterprise',
  /** A broker's pushes of one year (the quota's evidence), newest first. */
  pushesByBroker: 'pushesByBroker',
} as const;

export const MAIN_TABLE: TableDefinition = {
  id: 'Main',
  partitionKey: s('pk'),
  sortKey: s('sk'),
  globalIndexes: Object.values(INDEX).map(index),
  timeToLiveAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
};

export const TABLES: readonly TableDefinition[] = [MAIN_TABLE];
