import * as z from 'zod/mini';
import { IpcSchema, ipcAncestors, parseIpc } from '../validation/ipc.ts';

/**
 * One row of the IPC → industry-chain (产业链) table: every patent classified under `prefix` serves
 * `chains`. A prefix is an IPC symbol at any level: section `H`, class `H01`, subclass `H01M`, main group
 * `H01M 10/00` or subgroup `H01M 10/052`.
 */
export interface IpcChainEntry {
  prefix: string;
  chains: string[];
}

/** The mapping the IP office keeps (and will edit) as data, not code. */
export interface IpcChainTable {
  entries: IpcChainEntry[];
}

/** An industry chain (产业链) as the IP office names it: 1–50 characters, trimmed. */
export const ChainNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, '产业链名称不能为空 / chain names must not be empty'),
    z.maxLength(50, '产业链名称不能超过 50 个字 / chain names are at most 50 characters'),
  );

export const IpcChainEntrySchema = z.object({
  /** Canonicalised on parse, e.g. `h01m10/0520` → `H01M 10/052`. */
  prefix: IpcSchema,
  chains: z
    .array(ChainNameSchema)
    .check(
      z.minLength(1, '每个IPC前缀至少对应一个产业链 / each IPC prefix needs at least one chain'),
      z.maxLength(20),
    ),
});

function noRepeatedPrefix(table: { entries: { prefix: string }[] }, ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  table.entries.forEach((entry, index) => {
    if (seen.has(entry.prefix)) {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', index, 'prefix'],
        message: `IPC前缀 ${entry.prefix} 重复 / IPC prefix ${entry.prefix} appears twice`,
      });
    }
    seen.add(entry.prefix);
  });
}

/** An edited table as the IP office submits it: valid IPC prefixes, each once, each with a chain. */
export const IpcChainTableSchema = z
  .object({ entries: z.array(IpcChainEntrySchema).check(z.maxLength(5000)) })
  .check(z.superRefine(noRepeatedPrefix));

/** Canonical prefix → chains, built once per table object (tables are read far more than edited). */
const indexes = new WeakMap<IpcChainTable, Map<string, readonly string[]>>();

function indexOf(table: IpcChainTable): Map<string, readonly string[]> {
  const cached = indexes.get(table);
  if (cached !== undefined) return cached;
  const index = new Map<string, readonly string[]>();
  for (const entry of table.entries) {
    const parsed = parseIpc(entry.prefix);
    if (parsed.ok) index.set(parsed.value.canonical, entry.chains);
  }
  indexes.set(table, index);
  return index;
}

/**
 * The industry chains a patent's IPC codes serve: for each code the entry with the longest matching
 * prefix wins (a subclass entry overrides its class's), and the chains of all codes are joined in order
 * of first appearance. A subgroup entry matches that subgroup only (the dot hierarchy below a main group
 * is not in the symbol). Codes that are invalid or under no entry add nothing.
 *
 * @example chainsOfIpc(['H01M 10/052'], DEFAULT_IPC_CHAIN_TABLE) // ['先进储能材料']
 */
export function chainsOfIpc(codes: readonly string[], table: IpcChainTable): string[] {
  const index = indexOf(table);
  const chains = new Set<string>();
  for (const code of codes) {
    const deepestFirst = ipcAncestors(code).reverse();
    const hit = deepestFirst.find((prefix) => index.has(prefix));
    for (const chain of hit === undefined ? [] : (index.get(hit) ?? [])) chains.add(chain);
  }
  return [...chains];
}
