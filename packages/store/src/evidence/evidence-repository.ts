import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ChainCheck,
  canonicalJson,
  checkChain,
  checkChainHead,
  chinaYear,
  type EvidenceEntry,
  EvidenceEntrySchema,
  type EvidenceInput,
  type EvidenceKind,
  GENESIS_HASH,
} from '@openlicense/domain';
import * as z from 'zod/mini';
import { isTransactionConflict, sleep } from '../dynamo/transaction-error.ts';
import { type TransactItem, writeAtomically } from '../dynamo/write-atomically.ts';
import { keys, stripStorage } from '../keys.ts';
import type { StoreContext } from '../store-context.ts';

/** The hash an entry carries: SHA-256 over the canonical JSON of everything else in it. */
export const hashEvidence = (entry: Omit<EvidenceEntry, 'hash'>): string =>
  createHash('sha256').update(canonicalJson(entry)).digest('hex');

const HeadSchema = z.object({ seq: z.number().check(z.int(), z.nonnegative()), hash: z.string() });
type Head = z.infer<typeof HeadSchema>;

/** What an append with its business items came to. */
export type EvidenceWrite =
  | { ok: true; entries: EvidenceEntry[] }
  /** The business item at this index failed its condition; nothing was written. */
  | { ok: false; failedIndex: number };

/** Enough tries for 50 writers racing on one organisation's chain (each try re-reads the head). */
const MAX_ATTEMPTS = 80;

/** The tail of each chain's queue of appends in this process (key: table and organisation). */
const chainTails = new Map<string, Promise<void>>();

/**
 * Runs `work` holding this process's lock on each chain it appends to, taken in one order so two writers
 * never wait on each other. The head condition still guards against other processes; the lock spares
 * concurrent requests in one process (the local server, a test) a storm of cancelled transactions.
 */
async function withChainLocks<T>(chains: readonly string[], work: () => Promise<T>): Promise<T> {
  const releases: (() => void)[] = [];
  for (const chain of [...new Set(chains)].sort()) {
    const previous = chainTails.get(chain) ?? Promise.resolve();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => held);
    chainTails.set(chain, tail);
    releases.push(() => {
      release();
      if (chainTails.get(chain) === tail) chainTails.delete(chain);
    });
    await previous;
  }
  try {
    return await work();
  } finally {
    for (const release of releases.reverse()) release();
  }
}

/**
 * Quota evidence: per organisation, an append-only chain of entries numbered from 1, each carrying the
 * hash of the one before. Appends go in the same transaction as the business write they prove, with a
 * condition on the chain's head, so two racing appends cannot both take the same number.
 */
export function createEvidenceRepository(
  ctx: StoreContext,
  /** `processLock: false` leaves racing appends to the head condition alone, as across Lambda instances. */
  options: { processLock?: boolean } = {},
) {
  const { doc, tableName } = ctx;
  const lock = options.processLock ?? true;

  async function head(orgId: string): Promise<Head> {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.evidenceHead(orgId), ConsistentRead: true }),
    );
    return Item ? HeadSchema.parse(Item) : { seq: 0, hash: GENESIS_HASH };
  }

  /** The entries and the head moves for `inputs`, chained after the heads just read. */
  async function chainItems(
    inputs: readonly EvidenceInput[],
  ): Promise<{ items: TransactItem[]; entries: EvidenceEntry[] }> {
    const orgIds = [...new Set(inputs.map((input) => input.orgId))];
    const heads = new Map(await Promise.all(orgIds.map(async (id) => [id, await head(id)] as const)));
    const before = new Map(heads);
    const entries: EvidenceEntry[] = [];
    const items: TransactItem[] = [];
    for (const input of inputs) {
      const current = heads.get(input.orgId)!;
      const content = { ...input, seq: current.seq + 1, year: chinaYear(input.at), prevHash: current.hash };
      const entry: EvidenceEntry = { ...content, hash: hashEvidence(content) };
      heads.set(input.orgId, { seq: entry.seq, hash: entry.hash });
      entries.push(entry);
      items.push({
        Put: {
          TableName: tableName,
          Item: { ...keys.evidence(entry.orgId, entry.year, entry.seq), entity: 'Evidence', ...entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    for (const orgId of orgIds) {
      const from = before.get(orgId)!;
      const to = heads.get(orgId)!;
      items.push({
        Put: {
          TableName: tableName,
          Item: { ...keys.evidenceHead(orgId), entity: 'EvidenceHead', seq: to.seq, hash: to.hash },
          ConditionExpression: from.seq === 0 ? 'attribute_not_exists(pk)' : 'seq = :seq',
          ...(from.seq === 0 ? {} : { ExpressionAttributeValues: { ':seq': from.seq } }),
        },
      });
    }
    return { items, entries };
  }

  async function writeUnlocked(
    evidence: readonly EvidenceInput[],
    build: () => TransactItem[] | Promise<TransactItem[]>,
  ): Promise<EvidenceWrite> {
    for (let attempt = 1; ; attempt++) {
      const business = await build();
      const chain = await chainItems(evidence);
      if (business.length + chain.items.length > 100) {
        throw new RangeError(
          `a transaction holds at most 100 items, got ${business.length + chain.items.length}`,
        );
      }
      let failed: number | undefined;
      try {
        failed = await writeAtomically(ctx, [...business, ...chain.items]);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isTransactionConflict(error)) throw error;
        await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 6)) * Math.random());
        continue;
      }
      if (failed === undefined) return { ok: true, entries: chain.entries };
      if (failed < business.length) return { ok: false, failedIndex: failed };
      if (attempt >= MAX_ATTEMPTS) throw new Error('evidence chain stayed contended; try again');
      await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 6)) * Math.random());
    }
  }

  return {
    /**
     * Writes `build()`'s items and appends `evidence` in one transaction. When another append moved a
     * head first, everything is rebuilt and tried again; when one of `build()`'s own conditions fails,
     * nothing is written and its index is answered. `build` runs again on every try, so it may re-read.
     */
    async write(
      evidence: readonly EvidenceInput[],
      build: () => TransactItem[] | Promise<TransactItem[]>,
    ): Promise<EvidenceWrite> {
      if (!lock) return writeUnlocked(evidence, build);
      const chains = evidence.map((input) => `${tableName}#${input.orgId}`);
      return withChainLocks(chains, () => writeUnlocked(evidence, build));
    },

    /** The entries of `orgId`, oldest first: of one year (and kind) for a report, or all of them. */
    async list(
      orgId: string,
      options: { year?: string; kind?: EvidenceKind } = {},
    ): Promise<EvidenceEntry[]> {
      const entries: EvidenceEntry[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': keys.evidenceHead(orgId).pk,
              ':prefix': keys.evidencePrefix(options.year),
              ...(options.kind ? { ':kind': options.kind } : {}),
            },
            ...(options.kind ? { FilterExpression: 'kind = :kind' } : {}),
            ConsistentRead: true,
            ExclusiveStartKey,
          }),
        );
        for (const item of page.Items ?? []) entries.push(EvidenceEntrySchema.parse(stripStorage(item)));
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return entries.sort((a, b) => a.seq - b.seq);
    },

    /** Recomputes the whole chain of `orgId` and reports the first broken link, if any. */
    async verify(orgId: string): Promise<ChainCheck> {
      const entries = await this.list(orgId);
      const check = checkChain(entries, hashEvidence);
      if (!check.ok) return check;
      const stored = await head(orgId);
      return checkChainHead(check, stored.seq, stored.hash);
    },
  };
}
export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;
