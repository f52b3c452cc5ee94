import * as z from 'zod/mini';
import { coveringOffice } from '../organisation/jurisdiction.ts';
import { DEFAULT_IPC_CHAIN_TABLE } from './default-ipc-chains.ts';
import type { GradingOptions } from './grading-facts.ts';
import { ChainNameSchema, type IpcChainTable, IpcChainTableSchema } from './ipc-chains.ts';

/** How many priority chains (重点产业链) an office may name: Changsha names 22, Hubei's "51020" about 20. */
export const MAX_PRIORITY_CHAINS = 50;

function noRepeatedChain(chains: string[], ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  chains.forEach((chain, index) => {
    if (seen.has(chain))
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `重点产业链 ${chain} 重复 / priority chain ${chain} appears twice`,
      });
    seen.add(chain);
  });
}

/** The region's priority industry chains, each named once. */
export const PriorityChainsSchema = z
  .array(ChainNameSchema)
  .check(
    z.maxLength(
      MAX_PRIORITY_CHAINS,
      `重点产业链最多 ${MAX_PRIORITY_CHAINS} 条 / at most ${MAX_PRIORITY_CHAINS} priority chains`,
    ),
    z.superRefine(noRepeatedChain),
  );

/** What the IP office edits for grading (分级分类) in its jurisdiction. */
export const GradingSettingsInputSchema = z.object({
  /** The jurisdiction's priority industry chains (重点产业链): a patent serving one grades higher. */
  priorityChains: PriorityChainsSchema,
  /** The IPC → industry-chain table its holders' patents are read with. */
  ipcChains: IpcChainTableSchema,
});
export type GradingSettingsInput = z.output<typeof GradingSettingsInputSchema>;

/** An office's grading settings as stored: for every holder of its jurisdiction (`regionCode`). */
export const GradingSettingsSchema = z.extend(GradingSettingsInputSchema, {
  officeOrgId: z.string(),
  officeName: z.string(),
  regionCode: z.string(),
  /** 0 while the office still uses the platform's defaults. */
  version: z.int().check(z.gte(0)),
  updatedAt: z.optional(z.string()),
  updatedBy: z.optional(z.string()),
});
export type GradingSettings = z.output<typeof GradingSettingsSchema>;

/** What an office grades with before it saves its own: no priority chains and the platform's IPC table. */
export function defaultGradingSettings(office: {
  id: string;
  name: string;
  regionCode: string;
}): GradingSettings {
  return {
    officeOrgId: office.id,
    officeName: office.name,
    regionCode: office.regionCode,
    priorityChains: [],
    ipcChains: DEFAULT_IPC_CHAIN_TABLE,
    version: 0,
  };
}

/**
 * What a holder of `regionCode` is graded with: the settings of the closest office covering the region that
 * saved any (a city office's before its province's, as `coveringOffice` picks the office), else none of the
 * region's priority chains and the platform's IPC table.
 *
 * @example gradingOptionsFor(all, '430104') // Changsha's priority chains and table, if Changsha saved them
 */
export function gradingOptionsFor(
  settings: readonly GradingSettings[],
  regionCode: string,
): Pick<GradingOptions, 'priorityChains' | 'ipcChains'> {
  const closest = coveringOffice(
    settings.map((s) => ({ orgId: s.officeOrgId, name: s.officeName, regionCode: s.regionCode, s })),
    regionCode,
  );
  return closest
    ? { priorityChains: closest.s.priorityChains, ipcChains: closest.s.ipcChains as IpcChainTable }
    : { priorityChains: [], ipcChains: DEFAULT_IPC_CHAIN_TABLE };
}
